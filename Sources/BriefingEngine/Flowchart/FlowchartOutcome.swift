/// Where a flowchart ends: what to do, the guidance that goes with it, the golden rules it points
/// to and the references it cites.
public struct FlowchartOutcome: Sendable, Hashable {
    public var id: String
    /// The decision in a few words, for example "Do not share".
    public var title: String
    public var kind: FlowchartOutcomeKind
    /// Markdown, rendered later by `MarkdownRenderer`; the flowchart code never renders it.
    public var guidance: String
    /// Numbers of the briefing's golden rules this outcome points to.
    public var rules: [Int]
    /// Ids of entries in the references registry.
    public var cites: [String]
    /// The `Outcome(…)` call in the Swift description, for diagnostics.
    public var location: SourceLocation

    public init(
        id: String, title: String, kind: FlowchartOutcomeKind, guidance: String = "",
        rules: [Int] = [], cites: [String] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.guidance = guidance
        self.rules = rules
        self.cites = cites
        self.location = location
    }
}
