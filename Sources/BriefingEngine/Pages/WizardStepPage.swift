/// One step of a decision aid, as a static page that works with JavaScript off (`a-1-2.html`):
///
/// - a question in GOV.UK question-page markup: a form whose fieldset's legend holds the `<h1>`,
///   the hint, radios and a "Continue" button (shown by the script), and the answers as links to
///   the next step's page (shown without the script); a hidden error summary the script reveals.
/// - an outcome: the outcome as the heading, its guidance, the golden rules and references it
///   points to, the answers given with "Change" links, and the decision record.
///
/// The question or outcome is the partial its `WizardNodeView` names. Every page of the aid loads
/// the flowchart's data file (`WizardData`) and `wizard.js`, which runs the rest of the flow in
/// the page from the same partials (see templates/wizard.js).
enum WizardStepPage {
    /// - Parameter dataFile: the path of the flowchart's data file, in the same folder as its pages.
    static func render(
        _ step: WizardSteps.Step, of flow: WizardFlow, views: [String: WizardNodeView], dataFile: String, layout: PageLayout
    ) -> OutputFile {
        let path = flow.page(step.answers)
        let back = step.answers.isEmpty ? "index.html" : SitePaths.wizardStepName(Array(step.answers.dropLast())) + ".html"
        var wizard = WizardNodeView.shared(flow)
        wizard["answersKey"] = step.answers.map(String.init).joined(separator: "-")
        wizard["backURL"] = back
        let view = views[step.node.id] ?? WizardNodeView(step.node, of: flow)
        let title: String
        switch step.node {
        case .question(let question):
            title = question.text
            wizard["question"] = view.page(answers: step.answers, in: flow)
        case .outcome(let outcome):
            title = outcome.title
            wizard["outcome"] = view.page(answers: step.answers, in: flow)
        }
        return layout.page(
            path, template: "wizard-step", title: "\(title) \u{2013} \(flow.flowchart.title)",
            context: [
                "wizard": wizard,
                "dataScript": dataFile.split(separator: "/").last.map(String.init) ?? dataFile,  // beside the page
                "script": layout.assets["wizard_js"] ?? "",
                "stylesheet": layout.assets["wizard_css"] ?? "",
            ],
            about: flow.briefing)
    }
}
