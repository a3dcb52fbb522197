/// One question of a flowchart, as the engine sees it once the typed description is erased to
/// strings: what is asked, the answers a practitioner can give, and where it was written.
public struct FlowchartQuestion: Sendable, Hashable {
    public var id: String
    /// The question as the practitioner reads it.
    public var text: String
    /// Optional help shown under the question.
    public var hint: String?
    /// Ids of entries in the references registry that this question relies on.
    public var cites: [String]
    /// In the order written; the first answer is drawn leftmost.
    public var answers: [FlowchartAnswer]
    /// The `Question(…)` call in the Swift description, for diagnostics.
    public var location: SourceLocation

    public init(
        id: String, text: String, hint: String? = nil, cites: [String] = [],
        answers: [FlowchartAnswer], location: SourceLocation
    ) {
        self.id = id
        self.text = text
        self.hint = hint
        self.cites = cites
        self.answers = answers
        self.location = location
    }
}
