import Foundation
import Testing

@testable import BriefingEngine

/// A second flowchart of another shape ("Who to tell": three answers on its first question,
/// outcomes reached from two questions, kinds of its own) added to a briefing exactly as the
/// README describes, with no engine change.
enum WhoToTellSite {
    static let briefing = """
        # Telling someone

        When you are worried about a child.

        ## The 7 rules

        1. Listen
        2. Do not promise secrecy
        3. Tell your safeguarding lead
        4. Write it down
        5. Act at once on danger
        6. Stay calm
        7. Keep a record

        ## Who to tell

        Use the decision aid.
        """

    static let description = SiteDescription(
        title: "Fixture site", tagline: "A second flowchart.",
        briefings: [BriefingDescription("telling", flowcharts: [FlowchartFixtures.whoToTell], rulesPanel: "The 7 rules")],
        references: [Reference(
            "working-together-2023", title: "Working together to safeguard children", publisher: "HM Government",
            year: "2023", address: "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2",
            note: "Statutory guidance.")])

    /// The fixture built into a temporary package folder.
    static func build() async throws -> Fixture {
        let fixture = try Fixture(briefings: ["telling": briefing])
        _ = try await fixture.builder(description).build()
        return fixture
    }
}

@Suite("A second flowchart's decision aid")
struct WizardFixtureSiteTests {
    @Test("every step of a three-answer flowchart gets a page, and the site passes the link check")
    func everyStepHasAPage() async throws {
        let fixture = try await WhoToTellSite.build()  // build() runs the link check and throws on any broken link
        defer { fixture.remove() }
        let steps = WizardSteps(FlowchartFixtures.whoToTell).steps
        #expect(steps.map { SitePaths.wizardStepName($0.answers) } == ["a", "a-1", "a-2", "a-2-1", "a-2-2", "a-3", "a-3-1", "a-3-2"])
        for step in steps {
            let page = try fixture.read("site/briefings/telling/who-to-tell/\(SitePaths.wizardStepName(step.answers)).html")
            #expect(page.contains(HTMLEscaping.attribute(step.node.text) + "</h1>"))
        }
        let first = try fixture.read("site/briefings/telling/who-to-tell/a.html")
        #expect(first.contains("<div class=\"hint\" id=\"question-hint\">Think about the next few hours.</div>"))
        #expect(first.contains("<fieldset class=\"fieldset\" aria-describedby=\"question-hint\">"))
        #expect(first.contains("<li><a class=\"answer-link\" href=\"a-3.html\">Not sure</a></li>"))
        #expect(try fixture.read("site/briefings/telling/who-to-tell/a-2-2.html").contains("outcome-panel--record"))
        let references = try fixture.read("site/references/index.html")
        #expect(references.contains("href=\"../briefings/telling/who-to-tell/a-3.html#question-lead\""))
    }

    /// The browser tests (Tests/wizard) walk this fixture too: with BRIEFING_WIZARD_FIXTURE_DIR
    /// set, the site is written to `$BRIEFING_WIZARD_FIXTURE_DIR/site` and its paths, in the
    /// shape `briefing paths --json` prints, to `paths.json` beside it.
    @Test("the fixture site is written for the browser tests when they ask for it")
    func writeForBrowserTests() async throws {
        guard let target = ProcessInfo.processInfo.environment["BRIEFING_WIZARD_FIXTURE_DIR"] else { return }
        let fixture = try await WhoToTellSite.build()
        defer { fixture.remove() }
        let folder = try fixture.exportSite(to: target)
        let flowchart = FlowchartFixtures.whoToTell
        var document = try #require(try JSONSerialization.jsonObject(with: Data(FlowchartPaths(flowchart).json.utf8)) as? [String: Any])
        document["briefing"] = "telling"
        document["startPage"] = SitePaths.wizardStart("telling", flowchart: flowchart.id)
        let data = try JSONSerialization.data(withJSONObject: [document], options: [.prettyPrinted, .sortedKeys])
        try data.write(to: folder.appendingPathComponent("paths.json"))
    }
}
