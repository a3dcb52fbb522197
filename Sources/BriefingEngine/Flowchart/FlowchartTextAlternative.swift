/// The flowchart as nested HTML lists, for readers who cannot see the diagram and for print:
/// each question lists its answers, and each answer names the next question (with its answers
/// nested under it) or the outcome. A question reached by several answers appears under each.
///
///     <ul class="flowchart-text">
///     <li><span class="flowchart-question">Is there a clear…?</span>
///     <ul>
///     <li><span class="flowchart-answer">No</span>: <strong class="flowchart-outcome outcome-do-not-share">Do not share</strong></li>
///
/// Every text is escaped here; the result is safe to insert unescaped (`{{{…}}}`) in a template.
public struct FlowchartTextAlternative: Sendable {
    public let flowchart: Flowchart

    public init(_ flowchart: Flowchart) {
        self.flowchart = flowchart
    }

    public var html: String {
        var out = ["<ul class=\"flowchart-text\">"]
        switch flowchart.node(flowchart.start) {
        case .question(let question)?:
            out.append("<li>" + questionText(question))
            answers(of: question, visited: [question.id], into: &out)
            out.append("</li>")
        case .outcome(let outcome)?:
            out.append("<li>" + outcomeText(outcome) + "</li>")
        case nil:
            break
        }
        out.append("</ul>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The answers of `question` as a nested list; `visited` stops a loop in an invalid flowchart.
    private func answers(of question: FlowchartQuestion, visited: Set<String>, into out: inout [String]) {
        out.append("<ul>")
        for answer in question.answers {
            let label = "<span class=\"flowchart-answer\">\(escape(answer.label))</span>: "
            switch flowchart.node(answer.next) {
            case .question(let next)? where !visited.contains(next.id):
                out.append("<li>" + label + questionText(next))
                answers(of: next, visited: visited.union([next.id]), into: &out)
                out.append("</li>")
            case .outcome(let outcome)?:
                out.append("<li>" + label + outcomeText(outcome) + "</li>")
            case .question, nil:
                out.append("<li>" + label + escape(answer.next) + "</li>")
            }
        }
        out.append("</ul>")
    }

    private func questionText(_ question: FlowchartQuestion) -> String {
        "<span class=\"flowchart-question\">\(escape(question.text))</span>"
    }

    private func outcomeText(_ outcome: FlowchartOutcome) -> String {
        "<strong class=\"flowchart-outcome outcome-\(escape(outcome.kind.rawValue))\">\(escape(outcome.title))</strong>"
    }
}

private func escape(_ text: String) -> String {
    HTMLEscaping.attribute(text)
}
