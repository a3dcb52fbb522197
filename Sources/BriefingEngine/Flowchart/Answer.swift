/// One answer inside a `Question { … }` block: its label and the question or outcome it leads to.
public struct Answer<ID: FlowchartNodeID>: Sendable {
    /// The erased form the engine works with.
    public let answer: FlowchartAnswer

    public init(
        _ label: String, next: ID,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        answer = FlowchartAnswer(
            label: label, next: next.rawValue,
            location: SourceLocation("Answer", fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
