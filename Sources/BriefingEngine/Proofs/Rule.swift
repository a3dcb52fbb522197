/// A policy rule a flowchart must obey on every path, with the sentence a safeguarding lead reads
/// and signs off, and the condition the engine checks:
///
///     Rule("No one is told they can share without a clear and legitimate purpose") { path in
///         !path.reaches(.share) || path.answered(.purpose, "Yes")
///     }
public struct Rule<ID: FlowchartNodeID>: Sendable {
    /// The erased form the engine works with.
    public let rule: FlowchartRule

    public init(
        _ sentence: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        _ condition: (RulePath<ID>) -> PathCondition
    ) {
        rule = FlowchartRule(
            sentence: sentence, condition: condition(RulePath()),
            location: SourceLocation("Rule", fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

/// A rule as the engine sees it: the sentence, the condition, and where it was written.
public struct FlowchartRule: Sendable, Hashable {
    public var sentence: String
    public var condition: PathCondition
    /// The `Rule(…)` call, where a broken rule is reported.
    public var location: SourceLocation

    public init(sentence: String, condition: PathCondition, location: SourceLocation) {
        self.sentence = sentence
        self.condition = condition
        self.location = location
    }

    /// Whether the rule is about `path` (its premise holds there, or it has no premise).
    public func applies(to path: FlowchartPaths.Path) -> Bool {
        condition.premise?.holds(on: path) ?? true
    }
}
