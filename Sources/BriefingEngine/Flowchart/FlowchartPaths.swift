/// Every way through a flowchart, from the start to an outcome, in the order the answers are
/// written (the first answer's paths first). `briefing paths` prints them as a table, and browser
/// tests read them as JSON to walk each one through the wizard.
public struct FlowchartPaths: Sendable, Hashable {
    /// One question on a path and the answer given to it.
    public struct Step: Sendable, Hashable {
        public var question: FlowchartQuestion
        public var answer: FlowchartAnswer
    }

    /// The answers given, in order, and the outcome they lead to.
    public struct Path: Sendable, Hashable {
        public var steps: [Step]
        public var outcome: FlowchartOutcome
    }

    public let flowchart: Flowchart
    public let paths: [Path]

    /// Enumerates the paths of `flowchart` (`FlowchartWalk`). Meant for a flowchart
    /// `FlowchartValidator` accepts; on an invalid one, answers to undefined nodes and answers
    /// closing a loop are skipped.
    public init(_ flowchart: Flowchart) {
        self.flowchart = flowchart
        var paths: [Path] = []
        FlowchartWalk.walk(flowchart) { choices, node in
            guard case .outcome(let outcome) = node else { return }
            paths.append(Path(steps: choices.map { Step(question: $0.question, answer: $0.answer) }, outcome: outcome))
        }
        self.paths = paths
    }
}
