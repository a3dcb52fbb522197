/// A flowchart's practice page (`briefings/<slug>/<flowchart-id>/practice.html`): each scenario's
/// situation to read and decide, then, in a `details` element (which opens with JavaScript off),
/// the decision aid's answer, the answers that lead there, why, and a link to walk it in the aid.
/// Only a flowchart with scenarios has one; the build has checked each scenario already.
enum PracticePage {
    static func render(_ flow: WizardFlow, layout: PageLayout) -> OutputFile {
        let flowchart = flow.flowchart
        let scenarios = flowchart.proofs.scenarios.enumerated().map { index, scenario -> [String: Any] in
            let path = ScenarioWalk(scenario, in: flowchart).path
            let why = index < flow.whyHTML.count ? flow.whyHTML[index] : nil
            return [
                "number": index + 1,
                "situation": scenario.situation,
                "outcomeTitle": path?.outcome.title ?? "",
                "outcomeKind": path?.outcome.kind.rawValue ?? "",
                "steps": (path?.steps ?? []).map { ["question": $0.question.text, "answer": $0.answer.label] },
                "whyHTML": why ?? "",
                "hasWhy": why != nil,
            ]
        }
        let context: [String: Any] = [
            "practice": [
                "title": flowchart.title,
                "briefingTitle": flow.briefing.title,
                "scenarios": scenarios,
                "one": scenarios.count == 1,
                "scenariosText": scenarios.count == 1 ? "1 situation" : "\(scenarios.count) situations",
                "walkURL": SitePaths.wizardStepName([]) + ".html",
                "signOffURL": "sign-off.html",
                "version": flowchart.version,
            ] as [String: Any],
            "stylesheet": layout.assets["wizard_css"] ?? "",
        ]
        let page = SitePaths.practice(flow.briefing.slug, flowchart: flowchart.id)
        return layout.page(page, template: "practice", title: "\(flowchart.title): practice scenarios", context: context, about: flow.briefing)
    }
}
