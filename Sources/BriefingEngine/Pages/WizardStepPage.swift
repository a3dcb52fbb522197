/// One step of a decision aid, as a static page that works with JavaScript off (`a-1-2.html`):
///
/// - a question in GOV.UK question-page markup: a form whose fieldset's legend holds the `<h1>`,
///   the hint, radios and a "Continue" button (shown by the script), and the answers as links to
///   the next step's page (shown without the script); a hidden error summary the script reveals.
/// - an outcome: the outcome as the heading, its guidance, the golden rules and references it
///   points to, the answers given with "Change" links, and the decision record.
///
/// Every page of the aid carries the flowchart as JSON (`WizardData`) and loads `wizard.js`,
/// which runs the rest of the flow in the page (see templates/wizard.js).
enum WizardStepPage {
    static func render(_ step: WizardSteps.Step, of flow: WizardFlow, json: String, layout: PageLayout) -> OutputFile {
        let path = flow.page(step.answers)
        let back = step.answers.isEmpty ? "index.html" : SitePaths.wizardStepName(Array(step.answers.dropLast())) + ".html"
        var wizard: [String: Any] = [
            "flowchartTitle": flow.flowchart.title,
            "flowchartID": flow.flowchart.id,
            "version": flow.flowchart.version,
            "briefingTitle": flow.briefing.title,
            "briefingURL": flow.briefingURL,
            "answersKey": step.answers.map(String.init).joined(separator: "-"),
            "backURL": back,
            "startURL": "index.html",
            "json": json,
            "anchor": WizardSteps.anchor(of: step.node),
        ]
        let title: String
        switch step.node {
        case .question(let question):
            title = question.text
            var values: [String: Any] = [
                "text": question.text,
                "answers": question.answers.enumerated().map { index, answer in
                    [
                        "label": answer.label, "number": index + 1, "inputID": "answer-\(index + 1)",
                        "url": SitePaths.wizardStepName(step.answers + [index + 1]) + ".html",
                    ] as [String: Any]
                },
                "references": references(flow, question.cites),
                "hasReferences": !question.cites.isEmpty,
            ]
            if let hint = question.hint { values["hint"] = hint }
            wizard["question"] = values
        case .outcome(let outcome):
            title = outcome.title
            wizard["outcome"] = [
                "title": outcome.title,
                "kind": outcome.kind.rawValue,
                "guidanceHTML": flow.guidanceHTML[outcome.id] ?? "",
                "rules": flow.rules(of: outcome).map { ["number": $0.number, "html": $0.html, "hasText": !$0.html.isEmpty] as [String: Any] },
                "hasRules": !outcome.rules.isEmpty,
                "rulesURL": flow.rulesURL,
                "references": references(flow, outcome.cites),
                "hasReferences": !outcome.cites.isEmpty,
                "answers": answersGiven(step.answers, in: flow),
            ] as [String: Any]
        }
        return layout.page(
            path, template: "wizard-step", title: "\(title) \u{2013} \(flow.flowchart.title)",
            context: [
                "wizard": wizard,
                "script": layout.assets["wizard_js"] ?? "",
                "stylesheet": layout.assets["wizard_css"] ?? "",
            ],
            about: flow.briefing)
    }

    private static func references(_ flow: WizardFlow, _ ids: [String]) -> [[String: Any]] {
        flow.references(ids).map { ["title": $0.reference.title, "url": $0.url] }
    }

    /// Each question on the way to an outcome, the answer given, and the page to change it.
    private static func answersGiven(_ answers: [Int], in flow: WizardFlow) -> [[String: Any]] {
        answers.indices.compactMap { index -> [String: Any]? in
            let before = Array(answers[..<index])
            guard case .question(let question)? = flow.steps.step(before)?.node else { return nil }
            return [
                "question": question.text,
                "answer": question.answers[answers[index] - 1].label,
                "changeURL": SitePaths.wizardStepName(before) + ".html",
            ]
        }
    }
}
