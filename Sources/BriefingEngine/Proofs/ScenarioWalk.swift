/// Where a scenario's answers lead in a flowchart: from the start, each question asked takes the
/// scenario's answer to it, until an outcome is reached. Fails, with the reason in words, when an
/// answer names a label the question does not have, when the answers stop before an outcome, or
/// when some are left over once an outcome is reached.
struct ScenarioWalk {
    var path: FlowchartPaths.Path?
    var problem: String?
    var hint: String?

    init(_ scenario: FlowchartScenario, in flowchart: Flowchart) {
        var given: [String: String] = [:]
        for answer in scenario.answers {
            if given[answer.question] != nil {
                problem = "the scenario answers question '\(answer.question)' twice"
                hint = "give each question one answer"
                return
            }
            given[answer.question] = answer.label
        }
        var steps: [FlowchartPaths.Step] = []
        var id = flowchart.start
        while true {
            switch flowchart.node(id) {
            case .outcome(let outcome)?:
                let asked = Set(steps.map(\.question.id))
                let unused = scenario.answers.filter { !asked.contains($0.question) }
                if !unused.isEmpty {
                    problem = "the scenario runs past the outcome “\(outcome.title)”: "
                        + unused.map { "its answer to '\($0.question)'" }.joined(separator: " and ")
                        + " is never asked for"
                    hint = "remove the answers after \(steps.last.map { "'\($0.question.id)'" } ?? "the start"), or expect another outcome"
                    return
                }
                path = FlowchartPaths.Path(steps: steps, outcome: outcome)
                return
            case .question(let question)?:
                guard let label = given[question.id] else {
                    problem = "the scenario stops before an outcome: it gives no answer to '\(question.id)' (“\(question.text)”)"
                    hint = "add .\(question.id): with one of \(labelList(question))"
                    return
                }
                guard let answer = question.answers.first(where: { $0.label == label }) else {
                    problem = "“\(label)” is not an answer to '\(question.id)' (“\(question.text)”); its answers are \(labelList(question))"
                    hint = "use one of the labels written in Question(.\(question.id), …)"
                    return
                }
                guard !steps.contains(where: { $0.question.id == question.id }) else { return }
                steps.append(FlowchartPaths.Step(question: question, answer: answer))
                id = answer.next
            case nil:
                return
            }
        }
    }
}

/// “Yes”, “No”: a question's answer labels, for messages.
func labelList(_ question: FlowchartQuestion) -> String {
    question.answers.map { "“\($0.label)”" }.joined(separator: ", ")
}
