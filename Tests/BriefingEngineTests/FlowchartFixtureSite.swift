import Foundation

@testable import BriefingEngine

/// A site of four briefings, one for each flowchart shape in `FlowchartShapes` (the five
/// questions with three-answer questions and a merge, a four-outcome escalation, a four-answer
/// question, eight questions), each added as the README says: Markdown with a panel headed by the
/// flowchart's title, and a description naming the flowchart. The browser and print suites
/// measure its pages and handouts (`FlowchartFixtureSiteTests.writeForBrowserTests`).
enum FlowchartFixtureSite {
    /// A briefing of the size a partnership writes around a flowchart: four short panels of text,
    /// then the flowchart's panel.
    static func briefing(_ title: String, flowchart: Flowchart) -> String {
        """
        # \(title)

        A seven-minute briefing for practitioners across the partnership.

        ## Background

        Practitioners meet this decision often, and often under pressure. This briefing sets out
        the questions to ask, in order, and what each answer means for what you do next.

        ## Why it matters

        Reviews of serious cases keep finding that the right people were not told in time. A
        shared way of deciding helps every agency act the same way, and lets a team leader check a
        decision afterwards.

        ## What to do

        - Read the flowchart with your team.
        - Walk through a recent case with it.
        - Record your decision and your reasons.

        ## Where to get help

        Your designated safeguarding lead can help with any decision. Out of hours, call the
        emergency duty team.

        ## \(flowchart.title)

        Start at the top and answer each question in turn.
        """
    }

    static let briefings: [(slug: String, title: String, flowchart: Flowchart)] = [
        ("referral", "Making a referral", FlowchartShapes.fiveQuestions),
        ("escalation", "Escalating a concern", FlowchartShapes.escalation),
        ("contact", "Who to contact", FlowchartShapes.fourAnswers),
        ("home-visit", "Safe home visits", FlowchartShapes.eightQuestions),
    ]

    static let description = SiteDescription(
        title: "Flowchart fixture site", tagline: "Flowcharts of other shapes.",
        briefings: briefings.map { BriefingDescription($0.slug, author: "A. Fixture", flowcharts: [$0.flowchart]) })

    /// The site built into a temporary package folder, and the warnings of its build.
    static func build() async throws -> (Fixture, [Diagnostic]) {
        let fixture = try Fixture(briefings: Dictionary(uniqueKeysWithValues: briefings.map { ($0.slug, briefing($0.title, flowchart: $0.flowchart)) }))
        let summary = try await fixture.builder(description).build()
        return (fixture, summary.warnings)
    }
}
