/// A question in a flowchart description, with its answers written in the trailing block:
///
///     Question(.consent, "Do you have consent to share?", cites: ["uk-gdpr"]) {
///         Answer("Yes", next: .share)
///         Answer("No", next: .identifiable)
///     }
public struct Question<ID: FlowchartNodeID>: Sendable {
    /// The erased form the engine works with.
    public let node: FlowchartQuestion

    /// - Parameters:
    ///   - hint: optional help shown under the question.
    ///   - cites: ids from the references registry that the question relies on.
    public init(
        _ id: ID, _ text: String, hint: String? = nil, cites: [String] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @AnswerBuilder<ID> answers: () -> [FlowchartAnswer]
    ) {
        node = FlowchartQuestion(
            id: id.rawValue, text: text, hint: hint, cites: cites, answers: answers(),
            location: SourceLocation("Question", fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
