/// The node ids of one flowchart, written as an enum with `String` raw values, so that an answer
/// pointing at a misspelt node is a compile error rather than a broken page.
///
///     enum WhenToShare: String, FlowchartNodeID { case purpose, consent, share, doNotShare }
public protocol FlowchartNodeID: RawRepresentable<String>, Hashable, Sendable {}
