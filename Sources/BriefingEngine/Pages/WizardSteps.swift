/// Every step of a flowchart's decision aid: each sequence of answers a practitioner can give
/// (a path prefix) and the question or outcome it reaches. The aid has one static page per step,
/// so every path can be finished with JavaScript off. Steps are listed depth first, in the order
/// the answers are written: `a`, `a-1`, `a-1-1`, `a-1-2`, …, `a-2` (`FlowchartWalk`, the walk
/// `FlowchartPaths` makes too).
///
/// Meant for a flowchart `FlowchartValidator` accepts; on an invalid one, answers to undefined
/// nodes and answers closing a loop are skipped.
public struct WizardSteps: Sendable {
    /// One step: the answers given so far (1-based positions) and where they lead.
    public struct Step: Sendable {
        public var answers: [Int]
        public var node: FlowchartNode
    }

    public let flowchart: Flowchart
    public let steps: [Step]

    public init(_ flowchart: Flowchart) {
        self.flowchart = flowchart
        var steps: [Step] = []
        FlowchartWalk.walk(flowchart) { choices, node in
            steps.append(Step(answers: choices.map { $0.index + 1 }, node: node))
        }
        self.steps = steps
    }

    /// The question or outcome the answers lead to, or nil when they lead nowhere.
    public func step(_ answers: [Int]) -> Step? {
        steps.first { $0.answers == answers }
    }

    /// The step where `nodeID` first appears: the fewest answers, then the earliest in written order.
    /// Citations of a question or outcome point at this page.
    public func firstAppearance(of nodeID: String) -> Step? {
        steps.filter { $0.node.id == nodeID }.min { $0.answers.count < $1.answers.count }
    }

    /// The most questions any path asks.
    public var longestPath: Int {
        steps.filter { if case .outcome = $0.node { true } else { false } }.map(\.answers.count).max() ?? 0
    }

    /// The id of the heading of `node` on its wizard page (`question-consent`, `outcome-share`):
    /// the place a citation of it lands.
    public static func anchor(of node: FlowchartNode) -> String {
        switch node {
        case .question(let question): "question-\(question.id)"
        case .outcome(let outcome): "outcome-\(outcome.id)"
        }
    }
}
