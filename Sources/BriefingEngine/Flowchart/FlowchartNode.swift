/// A node of a flowchart: a question to answer, or an outcome where the flow ends.
public enum FlowchartNode: Sendable, Hashable {
    case question(FlowchartQuestion)
    case outcome(FlowchartOutcome)

    public var id: String {
        switch self {
        case .question(let question): question.id
        case .outcome(let outcome): outcome.id
        }
    }

    /// The question text or the outcome title: what a box in the diagram says.
    public var text: String {
        switch self {
        case .question(let question): question.text
        case .outcome(let outcome): outcome.title
        }
    }

    public var location: SourceLocation {
        switch self {
        case .question(let question): question.location
        case .outcome(let outcome): outcome.location
        }
    }

    /// The answers leading on from this node; none for an outcome.
    public var answers: [FlowchartAnswer] {
        if case .question(let question) = self { return question.answers }
        return []
    }
}
