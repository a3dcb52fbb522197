import Foundation

/// The flowchart as the wizard's script reads it: a JSON data block
/// (`<script type="application/json" id="wizard-data">`) in every page of the aid, so the flow runs
/// without page loads even from `file://`, where `fetch()` cannot read files. Keys are sorted and
/// `<`, `>` and `&` are written as `\u003c`…, so the bytes are stable and the block cannot end early.
///
///     {"briefing": "…", "title": "When to share", "version": "…", "start": "purpose",
///      "startURL": "index.html", "rulesURL": "../index.html#the-7-golden-rules", "titleSuffix": " – …",
///      "nodes": {"purpose": {"type": "question", "text": "…", "hint": "…", "answers": [{"label": "Yes", "next": "consent"}]},
///                "share": {"type": "outcome", "title": "…", "kind": "share", "guidanceHTML": "<p>…</p>",
///                          "rules": [{"number": 6, "html": "…"}], "references": [{"title": "…", "url": "…"}]}}}
enum WizardData {
    static func json(_ flow: WizardFlow, siteTitle: String) -> String {
        var nodes: [String: Node] = [:]
        for node in flow.flowchart.nodes where nodes[node.id] == nil {
            switch node {
            case .question(let question):
                nodes[question.id] = Node(
                    type: "question", text: question.text, hint: question.hint,
                    answers: question.answers.map { Answer(label: $0.label, next: $0.next) },
                    references: references(flow, question.cites))
            case .outcome(let outcome):
                nodes[outcome.id] = Node(
                    type: "outcome", title: outcome.title, kind: outcome.kind.rawValue,
                    guidanceHTML: flow.guidanceHTML[outcome.id] ?? "",
                    rules: flow.rules(of: outcome).map { Rule(number: $0.number, html: $0.html) },
                    references: references(flow, outcome.cites))
            }
        }
        let document = Document(
            id: flow.flowchart.id, briefing: flow.briefing.title, title: flow.flowchart.title,
            version: flow.flowchart.version, start: flow.flowchart.start, startURL: "index.html",
            rulesURL: flow.rulesURL, titleSuffix: " \u{2013} \(flow.flowchart.title) \u{2013} \(siteTitle)", nodes: nodes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "&", with: "\\u0026")
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
    }

    private static func references(_ flow: WizardFlow, _ ids: [String]) -> [Reference] {
        flow.references(ids).map { Reference(title: $0.reference.title, url: $0.url) }
    }

    private struct Answer: Encodable {
        var label: String
        var next: String
    }

    private struct Rule: Encodable {
        var number: Int
        var html: String
    }

    private struct Reference: Encodable {
        var title: String
        var url: String
    }

    private struct Node: Encodable {
        var type: String
        var text: String?
        var hint: String?
        var answers: [Answer]?
        var title: String?
        var kind: String?
        var guidanceHTML: String?
        var rules: [Rule]?
        var references: [Reference]
    }

    private struct Document: Encodable {
        var id: String
        var briefing: String
        var title: String
        var version: String
        var start: String
        var startURL: String
        var rulesURL: String
        var titleSuffix: String
        var nodes: [String: Node]
    }
}
