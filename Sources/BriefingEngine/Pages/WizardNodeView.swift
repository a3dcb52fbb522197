/// A question or outcome of a decision aid as the wizard's partials show it
/// (`partials/wizard-question.mustache`, `partials/wizard-outcome.mustache`,
/// `partials/wizard-answer.mustache`). It is the one view model behind both the static page of each
/// step (`WizardStepPage`) and the flowchart's data file for the script (`WizardData`), so the
/// markup lives only in the partials and a designer's edit changes the aid with and without
/// JavaScript alike.
///
/// `values` holds what does not depend on the answers given; a static page adds each answer's
/// link to the next page and, on an outcome, the answers given (`page(answers:in:)`); the data file
/// renders `values` as they are, once per flowchart.
struct WizardNodeView {
    let node: FlowchartNode
    /// The partial that shows the node.
    let partial: String
    /// The partial's values, the same for every page that shows the node.
    let values: [String: Any]

    static let answerPartial = "partials/wizard-answer"

    /// The view of each question and outcome of `flow`, by node id.
    static func all(_ flow: WizardFlow) -> [String: WizardNodeView] {
        var views: [String: WizardNodeView] = [:]
        for node in flow.flowchart.nodes where views[node.id] == nil {
            views[node.id] = WizardNodeView(node, of: flow)
        }
        return views
    }

    /// The values about the whole aid that the partials may use beside the node's own, on a step
    /// page (in `wizard`) and in the data file alike.
    static func shared(_ flow: WizardFlow) -> [String: Any] {
        [
            "flowchartTitle": flow.flowchart.title,
            "flowchartID": flow.flowchart.id,
            "version": flow.flowchart.version,
            "briefingTitle": flow.briefing.title,
            "briefingURL": flow.briefingURL,
            "startURL": "index.html",
        ]
    }

    init(_ node: FlowchartNode, of flow: WizardFlow) {
        self.node = node
        switch node {
        case .question(let question):
            partial = "partials/wizard-question"
            var values: [String: Any] = [
                "text": question.text,
                "anchor": WizardSteps.anchor(of: node),
                "answers": question.answers.enumerated().map { index, answer in
                    ["label": answer.label, "number": index + 1, "inputID": "answer-\(index + 1)"] as [String: Any]
                },
                "references": Self.references(flow, question.cites),
                "hasReferences": !question.cites.isEmpty,
            ]
            if let hint = question.hint { values["hint"] = hint }
            self.values = values
        case .outcome(let outcome):
            partial = "partials/wizard-outcome"
            values = [
                "title": outcome.title,
                "kind": outcome.kind.rawValue,
                "anchor": WizardSteps.anchor(of: node),
                "guidanceHTML": flow.guidanceHTML[outcome.id] ?? "",
                "rules": flow.rules(of: outcome).map { ["number": $0.number, "html": $0.html, "hasText": !$0.html.isEmpty] as [String: Any] },
                "hasRules": !outcome.rules.isEmpty,
                "rulesURL": flow.rulesURL,
                "references": Self.references(flow, outcome.cites),
                "hasReferences": !outcome.cites.isEmpty,
                "answers": [[String: Any]](),
            ]
        }
    }

    /// The values on the static page reached by `answers`: a question's answers link to the next
    /// step's page; an outcome lists each answer given with a link back to change it.
    func page(answers: [Int], in flow: WizardFlow) -> [String: Any] {
        var page = values
        switch node {
        case .question:
            page["answers"] = (values["answers"] as? [[String: Any]] ?? []).enumerated().map { index, answer in
                answer.merging(["url": SitePaths.wizardStepName(answers + [index + 1]) + ".html"]) { _, url in url }
            }
        case .outcome:
            page["answers"] = answers.indices.compactMap { index -> [String: Any]? in
                let before = Array(answers[..<index])
                guard case .question(let question)? = flow.steps.step(before)?.node else { return nil }
                return Self.answer(question, answers[index] - 1, changeURL: SitePaths.wizardStepName(before) + ".html")
            }
        }
        return page
    }

    /// The values of `partials/wizard-answer` for answer `index` of `question`.
    static func answer(_ question: FlowchartQuestion, _ index: Int, changeURL: String) -> [String: Any] {
        ["question": question.text, "answer": question.answers[index].label, "changeURL": changeURL]
    }

    private static func references(_ flow: WizardFlow, _ ids: [String]) -> [[String: Any]] {
        flow.references(ids).map { ["title": $0.reference.title, "url": $0.url] }
    }
}
