import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

/// A flowchart of sixteen paths, the most the sign-off table must print on one A4 page: four
/// questions with long wording, each of whose two answers leads on to the next (so paths merge),
/// three rules and a scenario on every path.
enum SixteenPathsSite {
    enum Step: String, FlowchartNodeID {
        case first, second, third, fourth, go, wait
    }

    static let flowchart = Flowchart("Sixteen ways through", id: "sixteen", start: Step.first) {
        Question(.first, "Has the person asking for the information shown who they are and which organisation they work for?") {
            Answer("Yes, in writing", next: .second)
            Answer("No, or only by phone", next: .second)
        }
        Question(.second, "Is the information held in a system your organisation is responsible for keeping accurate?") {
            Answer("Yes, it is ours", next: .third)
            Answer("No, another body holds it", next: .third)
        }
        Question(.third, "Would telling the person it concerns put a child or an adult at greater risk of harm?") {
            Answer("Yes, it would", next: .fourth)
            Answer("No, it would not", next: .fourth)
        }
        Question(.fourth, "Has your manager or safeguarding lead agreed the decision with you today?") {
            Answer("Yes", next: .go)
            Answer("No", next: .wait)
        }
        Outcome(.go, "Go ahead and record what you shared, with whom and why", kind: .share)
        Outcome(.wait, "Wait and ask your safeguarding lead before you do anything", kind: .seekAdvice)
    }

    static let proofs = FlowchartProofs(of: Step.self) {
        Rule("No one goes ahead without the agreement of a manager or safeguarding lead") { path in
            !path.reaches(.go) || path.answered(.fourth, "Yes")
        }
        Rule("Everyone without agreement is told to wait and ask") { path in
            !path.answered(.fourth, "No") || path.reaches(.wait)
        }
        Rule("Every path asks who is asking") { path in path.reaches(.first) }
        for first in ["Yes, in writing", "No, or only by phone"] {
            for second in ["Yes, it is ours", "No, another body holds it"] {
                for third in ["Yes, it would", "No, it would not"] {
                    Scenario(
                        "\(first). \(second). \(third). Agreed today.",
                        answers: [.first: first, .second: second, .third: third, .fourth: "Yes"], expect: .go)
                    Scenario(
                        "\(first). \(second). \(third). Not agreed.",
                        answers: [.first: first, .second: second, .third: third, .fourth: "No"], expect: .wait,
                        why: "Without agreement, **wait**.")
                }
            }
        }
    }

    static let description = SiteDescription(
        title: "Sixteen paths", tagline: "The largest sign-off table.",
        briefings: [BriefingDescription("sixteen", flowcharts: [flowchart.proved(by: proofs)])])

    static let briefing = """
        # Sixteen paths

        A fixture with a sixteen-path flowchart.

        ## Sixteen ways through

        Use the decision aid.
        """
}

/// The pages of `description`, built from `briefings` in a throw-away package, by path.
private func pages(_ description: SiteDescription, briefings: [String: String] = [:], realContent: Bool = false) async throws -> [String: String] {
    let fixture = try Fixture(briefings: briefings)
    defer { fixture.remove() }
    if realContent { try fixture.copyRealContent() }
    let (files, _) = try await fixture.builder(description).plan()
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
}

private func count(_ text: String, in page: String) -> Int {
    page.components(separatedBy: text).count - 1
}

@Suite("Practice and sign-off pages")
struct ProofPagesTests {
    @Test("the seed's sign-off table has a row per path, a column per question, the rules that apply and the scenarios on it")
    func seedSignOff() async throws {
        let files = try await pages(site, realContent: true)
        let page = try #require(files["briefings/information-sharing/when-to-share/sign-off.html"])
        #expect(count("<th scope=\"row\">", in: page) == 5)
        #expect(page.contains("<th scope=\"col\">1. Is there a clear and legitimate purpose for sharing information?</th>"))
        #expect(page.contains("<th scope=\"col\">4. Have you identified a lawful reason to share information without consent?</th>"))
        // Path 5 answers only the first question: three cells say so.
        #expect(count("<td class=\"sign-off-table__not-asked\">not asked</td>", in: page) == 3 + 2 + 1)
        // Rules 1 and 2 are about sharing (paths 1, 2, 4); rule 3 about not sharing (paths 3, 5).
        #expect(count("<td>1, 2</td>", in: page) == 3)
        #expect(count("<td>3</td>", in: page) == 2)
        #expect(page.contains("<li id=\"rule-2\"><strong>Policy rule 2:</strong> No one is told they can share without consent"))
        for number in 1...5 {
            #expect(page.contains("<a class=\"sign-off-table__item\" href=\"practice.html#scenario-\(number)\" aria-label=\"Situation \(number)\">\(number)</a>"))
        }
        #expect(page.contains("version \(informationSharingFlowchart.version)"))
        #expect(count("<p class=\"signature__line\">", in: page) == 4)
    }

    @Test("the practice page hides each answer in a details element, with why and a link to walk it")
    func seedPractice() async throws {
        let files = try await pages(site, realContent: true)
        let page = try #require(files["briefings/information-sharing/when-to-share/practice.html"])
        #expect(count("<details class=\"details\">", in: page) == 5)
        #expect(page.contains("<p class=\"scenario__situation\">There is no clear and legitimate purpose for sharing information.</p>"))
        #expect(page.contains("<p class=\"scenario__outcome scenario__outcome--do-not-share\">Do not share</p>"))
        #expect(page.contains("<li>Is there a clear and legitimate purpose for sharing information? <strong>No</strong></li>"))
        #expect(page.contains("Is there a clear and legitimate purpose for sharing information? No – do not share."))
        #expect(count("<a href=\"a.html\">Walk situation", in: page) == 5)
        #expect(page.contains("<a href=\"sign-off.html\">"))
    }

    @Test("the decision aid's start page links to both")
    func startPageLinks() async throws {
        let files = try await pages(site, realContent: true)
        let page = try #require(files["briefings/information-sharing/when-to-share/index.html"])
        #expect(page.contains("<a href=\"practice.html\">Practise on 5 situations before you use the decision aid</a>"))
        #expect(page.contains("<a href=\"sign-off.html\">See every path of “When to share” in one table, for sign-off</a>"))
    }

    @Test("a flowchart without rules or scenarios gets a sign-off table without those columns, and no practice page")
    func withoutProofs() async throws {
        let files = try await pages(WhoToTellSite.description, briefings: ["telling": WhoToTellSite.briefing])
        let page = try #require(files["briefings/telling/who-to-tell/sign-off.html"])
        #expect(count("<th scope=\"row\">", in: page) == 5)
        #expect(!page.contains("<th scope=\"col\">Policy rules</th>"))
        #expect(!page.contains("<th scope=\"col\">Practice situations</th>"))
        #expect(files["briefings/telling/who-to-tell/practice.html"] == nil)
        let start = try #require(files["briefings/telling/who-to-tell/index.html"])
        #expect(!start.contains("Practise on"))
        #expect(!start.contains("href=\"\""))
    }

    @Test("sixteen paths: sixteen rows, a scenario each, and the why rendered from Markdown")
    func sixteenPaths() async throws {
        let files = try await pages(SixteenPathsSite.description, briefings: ["sixteen": SixteenPathsSite.briefing])
        let page = try #require(files["briefings/sixteen/sixteen/sign-off.html"])
        #expect(count("<th scope=\"row\">", in: page) == 16)
        #expect(count("href=\"practice.html#scenario-", in: page) == 16)
        let practice = try #require(files["briefings/sixteen/sixteen/practice.html"])
        #expect(count("<strong>wait</strong>", in: practice) == 8)
    }

    @Test("a broken link in a scenario's why is an error at the Scenario, found before any page is written")
    func whyMarkdownProblems() async throws {
        let fixture = try Fixture(briefings: ["telling": WhoToTellSite.briefing])
        defer { fixture.remove() }
        var description = WhoToTellSite.description
        let scenario = Scenario<FlowchartFixtures.Concern>(
            "A child is in immediate danger.", answers: [.danger: "Yes"], expect: .callPolice, why: "See [the rules](/rules).")
        description.briefings[0].flowcharts = [FlowchartFixtures.whoToTell.proved(by: FlowchartProofs(scenarios: [scenario.scenario]))]
        let failure = await #expect(throws: BuildFailure.self) { try await fixture.builder(description).build() }
        let error = try #require(failure?.errors.first)
        #expect(failure?.errors.count == 1)
        #expect(error.location == scenario.scenario.location)
        #expect(error.message.hasPrefix("in the “why” of scenario 1: an address starting with / "))
        #expect(!FileManager.default.fileExists(atPath: fixture.site.path))
    }

    /// The print tests (Tests/print) print this fixture's sign-off page: with
    /// BRIEFING_SIGN_OFF_FIXTURE_DIR set, its site is written to `$BRIEFING_SIGN_OFF_FIXTURE_DIR/site`.
    @Test("the sixteen-path site is written for the print tests when they ask for it")
    func writeForPrintTests() async throws {
        guard let target = ProcessInfo.processInfo.environment["BRIEFING_SIGN_OFF_FIXTURE_DIR"] else { return }
        let fixture = try Fixture(briefings: ["sixteen": SixteenPathsSite.briefing])
        defer { fixture.remove() }
        _ = try await fixture.builder(SixteenPathsSite.description).build()
        try fixture.exportSite(to: target)
    }
}
