/// The `path` a rule's closure is given: a stand-in for every path of the flowchart, whose
/// questions (`reaches`, `answered`, …) build the `PathCondition` the engine checks against each
/// real path. Generic over the flowchart's node-id enum, so `.purpose` is checked by the compiler;
/// answer labels are strings, checked when the site is built, at the call site captured here.
public struct RulePath<ID: FlowchartNodeID>: Sendable {
    init() {}

    /// The path asks this question, or ends at this outcome.
    public func reaches(
        _ node: ID, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PathCondition {
        .reaches(node.rawValue, at: SourceLocation("reaches", fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// The path gives the answer labelled `label` to `question`.
    public func answered(
        _ question: ID, _ label: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PathCondition {
        .answered(
            question: question.rawValue, label: label,
            at: SourceLocation("answered", fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// The path ends at an outcome of this kind, whichever outcome it is.
    public func endsIn(_ kind: FlowchartOutcomeKind) -> PathCondition {
        .endsIn(kind)
    }

    /// The outcome the path ends at points to the briefing's rule with this number.
    public func outcomePointsTo(rule number: Int) -> PathCondition {
        .pointsToRule(number)
    }
}
