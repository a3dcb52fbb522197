/// A flowchart's sign-off page (`briefings/<slug>/<flowchart-id>/sign-off.html`), for the lead who
/// approves a flowchart without reading Swift: one table row per path with the answer given to
/// each question, the outcome, the policy rules that apply to it (all of which the build has
/// proved), and the practice scenarios that walk it; then the rules in words, the flowchart's
/// version and lines to sign. Printed, it fits one A4 page for up to 16 paths.
enum SignOffPage {
    static func render(_ flow: WizardFlow, layout: PageLayout) -> OutputFile {
        let flowchart = flow.flowchart
        let paths = FlowchartPaths(flowchart).paths
        let questions = flowchart.questions
        let rules = flowchart.proofs.rules
        let scenarios = flowchart.proofs.scenarios
        let rows = paths.enumerated().map { index, path -> [String: Any] in
            let applying = rules.indices.filter { rules[$0].applies(to: path) }.map { $0 + 1 }
            let walking = scenarios.indices.filter { scenarios[$0].walks(path) }.map { $0 + 1 }
            return [
                "number": index + 1,
                "answers": questions.map { question -> [String: Any] in
                    let label = path.steps.first { $0.question.id == question.id }?.answer.label
                    return ["asked": label != nil, "label": label ?? ""]
                },
                "outcome": path.outcome.title,
                "outcomeKind": path.outcome.kind.rawValue,
                "rulesText": applying.isEmpty ? "none" : applying.map(String.init).joined(separator: ", "),
                "scenarios": walking.map { ["number": $0] },
                "hasScenarios": !walking.isEmpty,
            ]
        }
        let context: [String: Any] = [
            "signOff": [
                "title": flowchart.title,
                "briefingTitle": flow.briefing.title,
                "version": flowchart.version,
                "pathsText": paths.count == 1 ? "1 path" : "\(paths.count) paths",
                "questions": questions.enumerated().map { ["number": $0 + 1, "text": $1.text] },
                "rows": rows,
                "rules": rules.enumerated().map { ["number": $0 + 1, "sentence": $1.sentence] },
                "rulesColumn": !rules.isEmpty,
                "scenariosColumn": !scenarios.isEmpty,
                "practiceURL": "practice.html",
                "startURL": "index.html",
            ] as [String: Any],
            "stylesheet": layout.assets["wizard_css"] ?? "",
        ]
        let page = SitePaths.signOff(flow.briefing.slug, flowchart: flowchart.id)
        return layout.page(page, template: "sign-off", title: "\(flowchart.title): every path, for sign-off", context: context, about: flow.briefing)
    }
}
