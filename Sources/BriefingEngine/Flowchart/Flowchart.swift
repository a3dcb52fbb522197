/// A decision flowchart, such as "When to share": a start question, questions whose answers lead
/// on, and outcomes where every path ends. Content describes it with the typed DSL
/// (`Flowchart(…) { Question(…) { Answer(…) } Outcome(…) }`); the rest of the engine reads this
/// string-keyed form. Check it with `FlowchartValidator` before drawing or walking it.
public struct Flowchart: Sendable, Hashable {
    /// A slug, unique within the site, used in file names and element ids.
    public var id: String
    /// The heading the flowchart appears under, for example "When to share".
    public var title: String
    /// The id of the first question.
    public var start: String
    /// Questions and outcomes in the order written.
    public var nodes: [FlowchartNode]
    /// The `Flowchart(…)` call in the Swift description, for diagnostics.
    public var location: SourceLocation
    /// The policy rules it must obey on every path and the scenarios it must decide as written
    /// (added with `proved(by:)`); not part of its `version`, which is what it says.
    public var proofs = FlowchartProofs()

    public init(id: String, title: String, start: String, nodes: [FlowchartNode], location: SourceLocation) {
        self.id = id
        self.title = title
        self.start = start
        self.nodes = nodes
        self.location = location
    }

    /// Describes a flowchart whose node ids are the cases of `ID`, so that a misspelt id does not
    /// compile. The questions and outcomes may be written in any order.
    public init<ID: FlowchartNodeID>(
        _ title: String, id: String, start: ID,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @FlowchartBuilder<ID> _ nodes: () -> [FlowchartNode]
    ) {
        self.init(
            id: id, title: title, start: start.rawValue, nodes: nodes(),
            location: SourceLocation("Flowchart", fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// The node with this id (the first, if the id is defined twice).
    public func node(_ id: String) -> FlowchartNode? {
        nodes.first { $0.id == id }
    }

    public var questions: [FlowchartQuestion] {
        nodes.compactMap { if case .question(let question) = $0 { question } else { nil } }
    }

    public var outcomes: [FlowchartOutcome] {
        nodes.compactMap { if case .outcome(let outcome) = $0 { outcome } else { nil } }
    }
}

extension SourceLocation {
    /// The call site of the DSL element `element`, including its column so that the caret lands
    /// under the call. `#column` as a default argument gives the column of the call's opening
    /// parenthesis, so the element's name is stepped back over.
    init(_ element: String, fileID: String, filePath: String, line: Int, column: Int) {
        self.init(fileID: fileID, filePath: filePath, line: line)
        self.column = max(column - element.count, 1)
    }
}
