/// Where a flowchart ends, with its guidance (Markdown) in the trailing block:
///
///     Outcome(.doNotShare, "Do not share", kind: .doNotShare, rules: [3, 7]) {
///         """
///         Seek advice …
///         """
///     }
public struct Outcome<ID: FlowchartNodeID>: Sendable {
    /// The erased form the engine works with.
    public let node: FlowchartOutcome

    /// - Parameters:
    ///   - rules: numbers of the briefing's golden rules the outcome points to.
    ///   - cites: ids from the references registry.
    ///   - guidance: Markdown shown with the outcome; rendered by the engine's Markdown renderer.
    public init(
        _ id: ID, _ title: String, kind: FlowchartOutcomeKind, rules: [Int] = [], cites: [String] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        guidance: () -> String = { "" }
    ) {
        node = FlowchartOutcome(
            id: id.rawValue, title: title, kind: kind, guidance: guidance(), rules: rules, cites: cites,
            location: SourceLocation("Outcome", fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
