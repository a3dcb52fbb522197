import Foundation
import Testing

@testable import BriefingEngine

/// Briefings of other shapes than the seed for present mode: one panel, twenty panels, no
/// flowchart, a second flowchart ("Who to tell"), questions for discussion with presenter notes,
/// and an empty questions panel.
enum PresentFixtureSite {
    static let single = """
        # One panel only

        A briefing with a single panel.

        ## The only panel

        Everything there is to say fits on one screen.
        """

    /// Twenty panels, most a sentence long; five are of other lengths and shapes, four of them
    /// too long for one screen at 1280×720 (they scroll within it, and `briefing check` names
    /// them): a long paragraph (panel 4), many list items (9), a mix with a sub-heading, a quote
    /// and a list (12), a table (15), and one that only just fits (18).
    static var twenty: String {
        let sentence = "A practitioner who is worried about a child should say so early, write down why, and ask for advice. "
        let points = (1...16).map { "- Point \($0): " + String(sentence.prefix(40 + 5 * $0)) }.joined(separator: "\n")
        let rows = (1...12).map { "| Row \($0) | " + String(sentence.prefix(50)) + " |" }.joined(separator: "\n")
        let bodies = [
            4: String(repeating: sentence, count: 14),
            9: points,
            12: String(repeating: sentence, count: 3) + "\n\n### What to write down\n\n" + String(repeating: sentence, count: 2)
                + "\n\n> " + String(repeating: sentence, count: 2) + "\n\n1. Who\n2. What\n3. When",
            15: "| Row | What to do |\n|-----|------------|\n" + rows,
            18: String(repeating: sentence, count: 4) + "\n\n" + String(repeating: sentence, count: 3),
        ]
        return "# Twenty panels\n\nA long briefing.\n\n" + (1...20).map { number in
            "## Panel number \(number)\n\n"
                + (bodies[number] ?? "The text of panel \(number), a sentence or two long, so that each screen has something to read aloud.") + "\n"
        }.joined(separator: "\n")
    }

    /// Questions for discussion at the end, and presenter notes before the first panel (the title
    /// screen's), under panels (one citing a reference) and under the questions; a quote that is
    /// not notes stays on the page.
    static let discussion = """
        # Talking about neglect

        A briefing for a team meeting, with questions for the team.

        > Notes: Welcome the team and say that the briefing takes seven minutes.

        ## What neglect is

        Neglect is the persistent failure to meet a child's basic needs.

        > Notes: Ask who has met neglect in their work this year.
        > Keep it to two or three answers.

        > A practitioner's words, quoted on the page.

        ## What to look for

        - Hunger
        - Poor hygiene

        > Notes:
        > The definition is in [Working together](ref:working-together-2023).

        ## Questions for discussion

        1. What would you do if a child told you they were hungry?
        2. Who is your safeguarding lead, and how do you reach them out of hours?

        > Notes: Leave five minutes for these.
        """

    /// A questions panel with nothing under it: left out of every page, with a warning at its line.
    static let emptyQuestions = """
        # Questions still to write

        ## The only point

        The questions for this briefing are not written yet.

        ## Questions for discussion
        """

    static let description = SiteDescription(
        title: "Present fixture site", tagline: "Briefings of other shapes.",
        briefings: [
            BriefingDescription("single", author: "A. Presenter", edition: "Follows the 2025 edition of the fixture guidance."),
            BriefingDescription("twenty"),
            BriefingDescription("telling", flowcharts: [FlowchartFixtures.whoToTell], rulesPanel: "the-7-rules"),
            BriefingDescription("discussion", author: "A. Presenter"),
            BriefingDescription("empty-questions"),
        ],
        references: WhoToTellSite.description.references)

    /// `present-fit.json` beside the exported site: for each briefing, each panel's id and how
    /// many pixels `PresentScreenFit` estimates do not fit at 1280×720 (negative: room to spare),
    /// for the browser test that measures the same panels in Chromium.
    static func writeEstimates(of fixture: Fixture, to folder: String) async throws {
        let builder = fixture.builder(description)
        let validated = try await builder.validate(try builder.load())
        let fit = PresentScreenFit()
        var estimates: [String: [String: Double]] = [:]
        for briefing in validated.briefings {
            for panel in briefing.panels + [briefing.questions].compactMap({ $0 }) {
                estimates[briefing.slug, default: [:]][panel.id] = (fit.overflow(of: panel) * 10).rounded() / 10
            }
        }
        let json = try JSONSerialization.data(withJSONObject: ["tolerance": PresentScreenFit.Layout.tolerance, "overflow": estimates], options: [.sortedKeys, .prettyPrinted])
        try json.write(to: URL(fileURLWithPath: folder).appendingPathComponent("present-fit.json"))
    }

    static func build() async throws -> Fixture {
        try await buildWithWarnings().fixture
    }

    static func buildWithWarnings() async throws -> (fixture: Fixture, warnings: [Diagnostic]) {
        let fixture = try Fixture(briefings: [
            "single": single, "twenty": twenty, "telling": WhoToTellSite.briefing,
            "discussion": discussion, "empty-questions": emptyQuestions,
        ])
        let summary = try await fixture.builder(description).build()
        return (fixture, summary.warnings)
    }
}

@Suite("Present mode")
struct PresentFixtureSiteTests {
    /// The `href`s of the "next panel" links, in page order.
    private func nextLinks(_ page: String) -> [String] {
        page.components(separatedBy: "<p class=\"slide__next\"><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("each screen's next-panel link names the next screen's heading, from the title screen to the last panel")
    func nextLinksChainTheScreens() async throws {
        let fixture = try await PresentFixtureSite.build()
        defer { fixture.remove() }
        let twenty = try fixture.read("site/briefings/twenty/present.html")
        #expect(nextLinks(twenty) == (1...20).map { "#panel-number-\($0)" } + ["#record-this-session"])
        #expect(twenty.contains("data-screens=\"22\""))
        #expect(twenty.contains("<h1 class=\"slide__title\" id=\"title-screen\">Twenty panels</h1>"))
        #expect(twenty.components(separatedBy: "data-slide ").count - 1 == 22)
        let single = try fixture.read("site/briefings/single/present.html")
        #expect(nextLinks(single) == ["#the-only-panel", "#record-this-session"])
        #expect(single.contains("<a class=\"slide__record-link\" href=\"record.html\">Record this session</a>"))
        #expect(single.contains("<p class=\"slide__author\">By A. Presenter</p>"))
        #expect(single.contains("<p class=\"slide__edition\">Follows the 2025 edition of the fixture guidance.</p>"))
        #expect(single.contains("data-screen-label=\"Panel 1 of 1: The only panel\""))
    }

    @Test("the flowchart's screen draws its diagram, links to its decision aid and has its words a click away")
    func flowchartScreen() async throws {
        let fixture = try await PresentFixtureSite.build()
        defer { fixture.remove() }
        let page = try fixture.read("site/briefings/telling/present.html")
        #expect(page.contains("<section class=\"slide slide--flowchart\" aria-labelledby=\"who-to-tell\""))
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\""))
        #expect(page.contains("<a href=\"who-to-tell/index.html\">Use the decision aid: Who to tell</a>"))
        #expect(page.contains("<summary>Who to tell, in words</summary>"))
        let briefing = try fixture.read("site/briefings/telling/index.html")
        #expect(briefing.contains("<a href=\"present.html\">Present this briefing</a>"))
    }

    /// The browser tests (Tests/present) step through these briefings too: with
    /// BRIEFING_PRESENT_FIXTURE_DIR set, the site is written to `$BRIEFING_PRESENT_FIXTURE_DIR/site`.
    @Test("the fixture site is written for the browser tests when they ask for it")
    func writeForBrowserTests() async throws {
        guard let target = ProcessInfo.processInfo.environment["BRIEFING_PRESENT_FIXTURE_DIR"] else { return }
        let fixture = try await PresentFixtureSite.build()
        defer { fixture.remove() }
        try fixture.exportSite(to: target)
        try await PresentFixtureSite.writeEstimates(of: fixture, to: target)
    }
}
