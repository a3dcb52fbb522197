import Foundation

/// Everything the decision aid of one flowchart shows, gathered once for all its pages: the
/// briefing and panel it belongs to, its steps, each outcome's guidance rendered from Markdown,
/// the golden rules outcomes point to, and the references questions and outcomes cite.
struct WizardFlow: Sendable {
    /// One of the briefing's numbered rules, as HTML text without links (safe to insert raw).
    struct Rule: Sendable {
        var number: Int
        var html: String
    }

    var briefing: Briefing
    /// The panel the flowchart is drawn in.
    var panel: Briefing.Panel
    var flowchart: Flowchart
    var steps: WizardSteps
    /// The panel holding the numbered rules outcomes refer to (`BriefingDescription.rulesPanel`), if any.
    var rulesPanel: Briefing.Panel?
    var rules: [Rule]
    /// Each outcome's guidance, rendered to HTML, by outcome id.
    var guidanceHTML: [String: String]
    /// Each scenario's "why", rendered to HTML for the practice page, in scenario order (nil without one).
    var whyHTML: [String?]
    var references: [String: Reference]
    /// Problems in the outcomes' guidance Markdown (bad links) and rules the briefing does not
    /// list, reported at each `Outcome`, and in the scenarios' "why", reported at each `Scenario`.
    var diagnostics: [Diagnostic]

    /// - Parameter resolver: the link rules for Markdown shown on the page at a given path.
    init(briefing: Briefing, panel: Briefing.Panel, flowchart: Flowchart, references: [Reference],
         markdown: MarkdownRenderer, resolver: (String) -> LinkResolver) {
        self.briefing = briefing
        self.panel = panel
        self.flowchart = flowchart
        self.steps = WizardSteps(flowchart)
        self.rulesPanel = briefing.rulesPanel
        self.rules = (briefing.rulesPanel?.numberedList?.items ?? []).map { Rule(number: $0.number, html: HTMLEscaping.attribute($0.text)) }
        self.references = Dictionary(references.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var guidance: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for outcome in flowchart.outcomes where guidance[outcome.id] == nil {
            let page = steps.firstAppearance(of: outcome.id).map { SitePaths.wizardStep(briefing.slug, flowchart: flowchart.id, answers: $0.answers) }
                ?? SitePaths.wizardStart(briefing.slug, flowchart: flowchart.id)
            var slugger = HeadingSlugger(reserved: BriefingRenderer.reservedIds)
            let rendered = markdown.render(outcome.guidance, file: outcome.location.file, slugger: &slugger, resolve: resolver(page))
            guidance[outcome.id] = rendered.introductionHTML
            // The Markdown's own line numbers mean nothing in the Swift file: point at the Outcome.
            diagnostics += rendered.diagnostics.map { problem in
                var diagnostic = problem
                diagnostic.message = "in the guidance of outcome '\(outcome.id)': " + problem.message
                diagnostic.location = outcome.location
                diagnostic.sourceLine = nil
                return diagnostic
            }
        }
        var why: [String?] = []
        let practice = resolver(SitePaths.practice(briefing.slug, flowchart: flowchart.id))
        for (index, scenario) in flowchart.proofs.scenarios.enumerated() {
            var slugger = HeadingSlugger(reserved: BriefingRenderer.reservedIds)
            let rendered = scenario.why.map { markdown.render($0, file: scenario.location.file, slugger: &slugger, resolve: practice) }
            why.append(rendered?.introductionHTML)
            // As for guidance: point at the Scenario, not at a line of its Markdown.
            diagnostics += (rendered?.diagnostics ?? []).map { problem in
                var diagnostic = problem
                diagnostic.message = "in the \u{201C}why\u{201D} of scenario \(index + 1): " + problem.message
                diagnostic.location = scenario.location
                diagnostic.sourceLine = nil
                return diagnostic
            }
        }
        diagnostics += Self.missingRules(in: flowchart, rules: rules, of: briefing)
        self.guidanceHTML = guidance
        self.whyHTML = why
        self.diagnostics = diagnostics
    }

    var startPage: String { SitePaths.wizardStart(briefing.slug, flowchart: flowchart.id) }

    func page(_ answers: [Int]) -> String { SitePaths.wizardStep(briefing.slug, flowchart: flowchart.id, answers: answers) }

    /// The briefing's page as seen from a wizard page (all of a flowchart's pages share a folder).
    var briefingURL: String { SitePaths.relative(from: startPage, to: SitePaths.briefing(briefing.slug)) }

    /// The rules an outcome points to, each with its text when the briefing lists that many.
    func rules(of outcome: FlowchartOutcome) -> [Rule] {
        outcome.rules.map { number in rules.first { $0.number == number } ?? Rule(number: number, html: "") }
    }

    /// Where the rules are listed, as seen from a wizard page.
    var rulesURL: String { briefingURL + "#" + (rulesPanel ?? panel).id }

    /// The references `ids` names, in that order, with their address from a wizard page.
    func references(_ ids: [String]) -> [(reference: Reference, url: String)] {
        ids.compactMap { references[$0] }.map { ($0, SitePaths.relative(from: startPage, to: SitePaths.references) + "#" + $0.id) }
    }

    /// An outcome that points to a rule the briefing does not list would send a practitioner to
    /// a rule that is not there: an error at the `Outcome`'s `rules:`, once per outcome and rule.
    static func missingRules(in flowchart: Flowchart, rules: [Rule], of briefing: Briefing) -> [Diagnostic] {
        // A rules panel named but not found is already an error at `rulesPanel:`; each outcome's
        // rules would only repeat it.
        if briefing.rulesPanel == nil, briefing.description?.rulesPanel != nil { return [] }
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for outcome in flowchart.outcomes where seen.insert(outcome.id).inserted {
            for number in outcome.rules where !rules.contains(where: { $0.number == number }) {
                let message: String
                let hint: String
                if let panel = briefing.rulesPanel {
                    let numbers = rules.map(\.number)
                    message = "outcome '\(outcome.id)' points to rule \(number), but the panel '\(panel.title)' lists "
                        + (numbers.isEmpty ? "none" : "rules \(numbers.first!) to \(numbers.last!)")
                    hint = "correct `rules:` in this Outcome, or add the rule to the numbered list under '## \(panel.title)' (\(panel.location))"
                } else {
                    message = "outcome '\(outcome.id)' points to rule \(number), but the description of briefing '\(briefing.slug)' names no panel of rules"
                    let listed = briefing.panels.first { $0.numberedList != nil }
                    hint = "name the panel whose numbered list holds the rules in its BriefingDescription"
                        + (listed.map { ", for example rulesPanel: \"\($0.title)\"" } ?? ", as rulesPanel: \"…\"")
                        + "; or remove `rules:` from this Outcome"
                }
                diagnostics.append(Diagnostic.error(message, at: outcome.location, hint: hint).pointing(at: "rules"))
            }
        }
        return diagnostics
    }
}
