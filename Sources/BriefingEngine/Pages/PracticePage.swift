/// A flowchart's practice page (`briefings/<slug>/<flowchart-id>/practice.html`): each scenario's
/// situation to read and decide, then, in a `details` element (which opens with JavaScript off),
/// the decision aid's answer, the answers that lead there, why, and a link to walk it in the aid.
/// Only a flowchart with scenarios has one; the build has checked each scenario already.
enum PracticePage {
    static func render(
        _ flow: WizardFlow, markdown: MarkdownRenderer, resolve: @escaping LinkResolver, layout: PageLayout
    ) -> (file: OutputFile, diagnostics: [Diagnostic]) {
        let flowchart = flow.flowchart
        var diagnostics: [Diagnostic] = []
        let scenarios = flowchart.proofs.scenarios.enumerated().map { index, scenario -> [String: Any] in
            let path = ScenarioWalk(scenario, in: flowchart).path
            let why = Self.why(scenario, number: index + 1, markdown: markdown, resolve: resolve)
            diagnostics += why?.diagnostics ?? []
            return [
                "number": index + 1,
                "situation": scenario.situation,
                "outcomeTitle": path?.outcome.title ?? "",
                "outcomeKind": path?.outcome.kind.rawValue ?? "",
                "steps": (path?.steps ?? []).map { ["question": $0.question.text, "answer": $0.answer.label] },
                "whyHTML": why?.introductionHTML ?? "",
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
        return (layout.page(page, template: "practice", title: "\(flowchart.title): practice scenarios", context: context), diagnostics)
    }

    /// The problems of every scenario's "why" Markdown, for the build's validate step.
    static func problems(_ flow: WizardFlow, markdown: MarkdownRenderer, resolve: @escaping LinkResolver) -> [Diagnostic] {
        flow.flowchart.proofs.scenarios.enumerated().flatMap { index, scenario in
            why(scenario, number: index + 1, markdown: markdown, resolve: resolve)?.diagnostics ?? []
        }
    }

    /// A scenario's "why" rendered from Markdown, its problems reported at the `Scenario`.
    private static func why(
        _ scenario: FlowchartScenario, number: Int, markdown: MarkdownRenderer, resolve: @escaping LinkResolver
    ) -> RenderedMarkdown? {
        guard let text = scenario.why else { return nil }
        var slugger = HeadingSlugger(reserved: BriefingRenderer.reservedIds)
        var rendered = markdown.render(text, file: scenario.location.file, slugger: &slugger, resolve: resolve)
        // The Markdown's own line numbers mean nothing in the Swift file: point at the Scenario.
        rendered.diagnostics = rendered.diagnostics.map { problem in
            var diagnostic = problem
            diagnostic.message = "in the \u{201C}why\u{201D} of scenario \(number): " + problem.message
            diagnostic.location = scenario.location
            diagnostic.sourceLine = nil
            return diagnostic
        }
        return rendered
    }
}
