/// What a policy rule says about one path through a flowchart, as a value the engine can check
/// against every path and put into words for a reader who does not read Swift. Rules build it
/// with `RulePath`'s questions and `!`, `&&`, `||`:
///
///     !path.reaches(.share) || path.answered(.purpose, "Yes")
public indirect enum PathCondition: Sendable, Hashable {
    /// The path asks the question, or ends at the outcome, with this id.
    case reaches(String, at: SourceLocation)
    /// The path gives this answer to this question.
    case answered(question: String, label: String, at: SourceLocation)
    /// The path ends at an outcome of this kind.
    case endsIn(FlowchartOutcomeKind)
    /// The path's outcome points to the briefing's rule with this number.
    case pointsToRule(Int)
    case not(PathCondition)
    case all([PathCondition])
    case any([PathCondition])

    public static prefix func ! (condition: PathCondition) -> PathCondition {
        .not(condition)
    }

    public static func && (lhs: PathCondition, rhs: PathCondition) -> PathCondition {
        .all(lhs.parts(ifAll: true) + rhs.parts(ifAll: true))
    }

    public static func || (lhs: PathCondition, rhs: PathCondition) -> PathCondition {
        .any(lhs.parts(ifAll: false) + rhs.parts(ifAll: false))
    }

    /// `a || b || c` is one `.any` of three, not an `.any` inside an `.any`, so it reads as a list.
    private func parts(ifAll all: Bool) -> [PathCondition] {
        switch self {
        case .all(let parts) where all: parts
        case .any(let parts) where !all: parts
        default: [self]
        }
    }

    /// Whether `path` meets the condition.
    public func holds(on path: FlowchartPaths.Path) -> Bool {
        switch self {
        case .reaches(let id, _): path.outcome.id == id || path.steps.contains { $0.question.id == id }
        case .answered(let question, let label, _): path.steps.contains { $0.question.id == question && $0.answer.label == label }
        case .endsIn(let kind): path.outcome.kind == kind
        case .pointsToRule(let number): path.outcome.rules.contains(number)
        case .not(let condition): !condition.holds(on: path)
        case .all(let parts): parts.allSatisfy { $0.holds(on: path) }
        case .any(let parts): parts.contains { $0.holds(on: path) }
        }
    }

    /// What the rule is about, when it has the shape "if A then B" (`!A || B`): A. A rule holds
    /// vacuously when no path meets its premise, and it applies to the paths that do.
    public var premise: PathCondition? {
        guard case .any(let parts) = self, case .not(let premise)? = parts.first, parts.count > 1 else { return nil }
        return premise
    }

    /// Every leaf, in the order written, for the build-time checks of ids and labels.
    var leaves: [PathCondition] {
        switch self {
        case .not(let condition): condition.leaves
        case .all(let parts), .any(let parts): parts.flatMap(\.leaves)
        default: [self]
        }
    }

    /// The condition in plain words, naming questions and outcomes by what they say.
    public func words(in flowchart: Flowchart) -> String {
        switch self {
        case .reaches(let id, _):
            switch flowchart.node(id) {
            case .outcome(let outcome)?: "ends in “\(outcome.title)”"
            case .question(let question)?: "is asked “\(question.text)”"
            case nil: "reaches ‘\(id)’"
            }
        case .answered(let question, let label, _):
            "answers “\(label)” to “\(flowchart.node(question)?.text ?? question)”"
        case .endsIn(let kind): "ends in a ‘\(kind.rawValue)’ outcome"
        case .pointsToRule(let number): "ends in an outcome that points to rule \(number)"
        case .not(let condition): "does not " + condition.words(in: flowchart).negatedVerb
        case .all(let parts): parts.map { $0.words(in: flowchart) }.joined(separator: " and ")
        case .any(let parts): "either " + parts.map { $0.words(in: flowchart) }.joined(separator: ", or ")
        }
    }
}

private extension String {
    /// "ends in …" → "end in …", so that "does not" reads on: "does not end in …".
    var negatedVerb: String {
        for (verb, base) in [("ends ", "end "), ("is asked ", "get asked "), ("answers ", "answer "), ("reaches ", "reach ")] where hasPrefix(verb) {
            return base + dropFirst(verb.count)
        }
        return "meet this: " + self
    }
}
