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

    /// Enumerates the paths of `flowchart`. Meant for a flowchart `FlowchartValidator` accepts;
    /// on an invalid one, answers to undefined nodes and answers closing a loop are skipped.
    public init(_ flowchart: Flowchart) {
        self.flowchart = flowchart
        var paths: [Path] = []
        var steps: [Step] = []
        Self.walk(from: flowchart.start, in: flowchart, steps: &steps, into: &paths)
        self.paths = paths
    }

    private static func walk(from id: String, in flowchart: Flowchart, steps: inout [Step], into paths: inout [Path]) {
        switch flowchart.node(id) {
        case .outcome(let outcome)?:
            paths.append(Path(steps: steps, outcome: outcome))
        case .question(let question)?:
            guard !steps.contains(where: { $0.question.id == id }) else { return }
            for answer in question.answers {
                steps.append(Step(question: question, answer: answer))
                walk(from: answer.next, in: flowchart, steps: &steps, into: &paths)
                steps.removeLast()
            }
        case nil:
            return
        }
    }
}
