/// A decision aid's start page (`briefings/<slug>/<flowchart-id>/index.html`): what it helps
/// decide, how long it takes, that nothing typed leaves the device, and a "Start now" button.
enum WizardStartPage {
    static func render(_ flow: WizardFlow, layout: PageLayout) -> OutputFile {
        let questions = flow.steps.longestPath
        let minutes = max(1, (questions * 30 + 59) / 60)
        let context: [String: Any] = [
            "wizard": [
                "briefingTitle": flow.briefing.title,
                "briefingURL": flow.briefingURL,
                "panelURL": flow.briefingURL + "#" + flow.panel.id,
                "title": flow.flowchart.title,
                "version": flow.flowchart.version,
                "questions": questions,
                "questionsText": questions == 1 ? "1 question" : "\(questions) questions",
                "minutesText": minutes == 1 ? "about a minute" : "about \(minutes) minutes",
                "outcomes": flow.flowchart.outcomes.map(\.title),
                "startURL": SitePaths.wizardStepName([]) + ".html",
                "signOffURL": "sign-off.html",
                "hasPractice": !flow.flowchart.proofs.scenarios.isEmpty,
                "practiceURL": "practice.html",
                "scenariosText": flow.flowchart.proofs.scenarios.count == 1 ? "1 situation" : "\(flow.flowchart.proofs.scenarios.count) situations",
            ] as [String: Any],
        ]
        return layout.page(
            flow.startPage, template: "wizard-start", title: "\(flow.flowchart.title): decision aid",
            context: context.merging(["stylesheet": layout.assets["wizard_css"] ?? ""]) { first, _ in first },
            about: flow.briefing)
    }
}
