/// One answer to a flowchart question and the node (question or outcome) it leads to.
public struct FlowchartAnswer: Sendable, Hashable {
    /// What the practitioner chooses, for example "Yes".
    public var label: String
    /// The id of the next question or outcome.
    public var next: String
    /// The `Answer(…)` call in the Swift description, for diagnostics.
    public var location: SourceLocation

    public init(label: String, next: String, location: SourceLocation) {
        self.label = label
        self.next = next
        self.location = location
    }
}
