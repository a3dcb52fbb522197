import Foundation

/// The flowchart as the wizard's script reads it: one data file per flowchart,
/// `flowchart.<fingerprint>.js` beside the aid's pages, loaded by each of them with
/// `<script src>` (which works from `file://`, where `fetch()` cannot read files) before
/// `wizard.js`. It sets `window.briefingWizard` to JSON holding the flow's structure and each
/// question's and outcome's markup, rendered once from the wizard's partials by the same view
/// model as the static pages (`WizardNodeView`):
///
///     {"briefing": "…", "id": "when-to-share", "title": "When to share", "version": "…",
///      "start": "purpose", "startURL": "index.html", "titleSuffix": " – …",
///      "nodes": {"purpose": {"type": "question", "text": "…", "html": "<div …",
///                            "answers": [{"label": "Yes", "next": "consent", "rowHTML": "<div …"}]},
///                "share": {"type": "outcome", "title": "…", "html": "<div …"}}}
///
/// `rowHTML` is the answer as "Your answers" lists it on an outcome. Keys are sorted, so the bytes
/// are stable; the file's name changes with them, so a browser never pairs a page with an older copy.
enum WizardData {
    /// The data file of `flow`, whose nodes' views are `views` (by node id).
    static func file(_ flow: WizardFlow, views: [String: WizardNodeView], layout: PageLayout) -> OutputFile {
        let shared = WizardNodeView.shared(flow)
        var nodes: [String: Node] = [:]
        for (id, view) in views {
            let html = layout.fragment(view.partial, at: flow.startPage, context: shared.merging(view.values) { _, own in own })
            switch view.node {
            case .question(let question):
                nodes[id] = Node(
                    type: "question", text: question.text, html: html,
                    answers: question.answers.indices.map { index in
                        Answer(
                            label: question.answers[index].label, next: question.answers[index].next,
                            rowHTML: layout.fragment(
                                WizardNodeView.answerPartial, at: flow.startPage,
                                context: shared.merging(WizardNodeView.answer(question, index, changeURL: "")) { _, own in own }))
                    })
            case .outcome(let outcome):
                nodes[id] = Node(type: "outcome", title: outcome.title, html: html)
            }
        }
        let document = Document(
            id: flow.flowchart.id, briefing: flow.briefing.title, title: flow.flowchart.title,
            version: flow.flowchart.version, start: flow.flowchart.start, startURL: "index.html",
            titleSuffix: " \u{2013} \(flow.flowchart.title) \u{2013} \(layout.site.title)", nodes: nodes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A script file, not a block in a page: markup in its strings cannot end it early.
        let json = String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
        let text = "/* A decision aid's flowchart and markup for wizard.js, made by `briefing build`: do not edit. */\n"
            + "window.briefingWizard = \(json);\n"
        let path = SitePaths.wizardData(flow.briefing.slug, flowchart: flow.flowchart.id, fingerprint: ContentHash.hex(text.utf8))
        return OutputFile(path: path, text: text)
    }

    private struct Answer: Encodable {
        var label: String
        var next: String
        var rowHTML: String
    }

    private struct Node: Encodable {
        var type: String
        var text: String?
        var title: String?
        var html: String
        var answers: [Answer]?
    }

    private struct Document: Encodable {
        var id: String
        var briefing: String
        var title: String
        var version: String
        var start: String
        var startURL: String
        var titleSuffix: String
        var nodes: [String: Node]
    }
}
