/// The one way the engine walks a flowchart, shared by `FlowchartPaths` (`briefing paths`, the
/// sign-off page, the proofs) and `WizardSteps` (the decision aid's pages), so that what a
/// safeguarding lead signs off is what a practitioner can click through.
///
/// Depth first from the start, in the order the answers are written; it reaches each node once
/// per sequence of answers leading to it. Meant for a flowchart `FlowchartValidator` accepts; on
/// an invalid one, answers to undefined nodes and answers back to a question already on the
/// current path (closing a loop) are skipped.
struct FlowchartWalk {
    /// One answer given on the way: the question and the position of its answer (0-based).
    struct Choice {
        var question: FlowchartQuestion
        var index: Int

        var answer: FlowchartAnswer { question.answers[index] }
    }

    /// Calls `visit` with the answers given so far and the node they reach, for every node
    /// reached, the start first.
    static func walk(_ flowchart: Flowchart, _ visit: ([Choice], FlowchartNode) -> Void) {
        var choices: [Choice] = []
        step(flowchart.start, in: flowchart, choices: &choices, visit)
    }

    private static func step(_ id: String, in flowchart: Flowchart, choices: inout [Choice], _ visit: ([Choice], FlowchartNode) -> Void) {
        guard let node = flowchart.node(id), !choices.contains(where: { $0.question.id == id }) else { return }
        visit(choices, node)
        guard case .question(let question) = node else { return }
        for index in question.answers.indices {
            choices.append(Choice(question: question, index: index))
            step(question.answers[index].next, in: flowchart, choices: &choices, visit)
            choices.removeLast()
        }
    }
}
