import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

/// Flowcharts whose paths rejoin, so that their decision aids' pages multiply.
enum MergingFlowcharts {
    /// `count` questions, each with two answers that both lead to the next question (the last to
    /// one outcome): 2^(count + 1) pages, one start page and one per sequence of answers.
    static func chain(_ count: Int, title: String = "Merging questions") -> Flowchart {
        Flowchart(id: "merging", title: title, start: "q1", nodes: questions(count) + [done], location: FlowchartFixtures.at(1))
    }

    /// Exactly at the limit: a first question with six answers leading into a seven-question
    /// chain at questions 1 to 6, making 1 + 1 + 255 + 127 + 63 + 31 + 15 + 7 = 500 pages. With
    /// `extraAnswer`, a seventh answer leads straight to the outcome: 501 pages.
    static func atTheLimit(extraAnswer: Bool = false) -> Flowchart {
        var answers = (1...6).map { FlowchartAnswer(label: "Option \($0)", next: "q\($0)", location: FlowchartFixtures.at(2)) }
        if extraAnswer { answers.append(FlowchartAnswer(label: "None of these", next: "done", location: FlowchartFixtures.at(2))) }
        let first = FlowchartNode.question(FlowchartQuestion(id: "first", text: "Which applies?", answers: answers, location: FlowchartFixtures.at(2)))
        return Flowchart(
            id: "merging", title: "Merging questions", start: "first", nodes: [first] + questions(7) + [done],
            location: FlowchartFixtures.at(1))
    }

    private static func questions(_ count: Int) -> [FlowchartNode] {
        (1...count).map { index in
            let next = index == count ? "done" : "q\(index + 1)"
            return .question(FlowchartQuestion(
                id: "q\(index)", text: "Question \(index)?",
                answers: [
                    FlowchartAnswer(label: "Yes", next: next, location: FlowchartFixtures.at(10 + index)),
                    FlowchartAnswer(label: "No", next: next, location: FlowchartFixtures.at(10 + index)),
                ], location: FlowchartFixtures.at(10 + index)))
        }
    }

    private static let done = FlowchartNode.outcome(FlowchartOutcome(
        id: "done", title: "Record your decision", kind: .share, location: FlowchartFixtures.at(30)))

    /// A one-briefing site whose briefing shows `flowchart` under its title's heading.
    static func site(_ flowchart: Flowchart) -> (markdown: String, description: SiteDescription) {
        let markdown = """
            # Merging

            A briefing whose decision aid asks questions that rejoin.

            ## \(flowchart.title)

            Use the decision aid.
            """
        let description = SiteDescription(
            title: "Fixture site", tagline: "Merging paths.", briefings: [BriefingDescription("merging", flowcharts: [flowchart])])
        return (markdown, description)
    }
}

@Suite("The decision aid's page limit")
struct DecisionAidPageLimitTests {
    @Test("the count is the start page and one page per step, without listing the steps")
    func countMatchesTheSteps() {
        let seed = site.briefings.flatMap(\.flowcharts)[0]
        for flowchart in [seed, FlowchartFixtures.small, FlowchartFixtures.whoToTell, MergingFlowcharts.chain(4), MergingFlowcharts.atTheLimit()] {
            #expect(DecisionAidPageLimit.pages(of: flowchart) == WizardSteps(flowchart).steps.count + 1, "\(flowchart.title)")
        }
        #expect(DecisionAidPageLimit.pages(of: seed) == 10)
        #expect(DecisionAidPageLimit.pages(of: MergingFlowcharts.atTheLimit()) == 500)
        #expect(DecisionAidPageLimit.pages(of: MergingFlowcharts.chain(10)) == 2048)
        #expect(DecisionAidPageLimit.pages(of: MergingFlowcharts.chain(70)) == Int.max)
    }

    @Test("a flowchart at the limit is valid; one page more is an error at its Flowchart( line")
    func boundary() throws {
        #expect(FlowchartValidator().validate(MergingFlowcharts.atTheLimit()).isEmpty)
        let problems = FlowchartValidator().validate(MergingFlowcharts.atTheLimit(extraAnswer: true))
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.location == FlowchartFixtures.at(1))
        #expect(problem.message.contains("\"Merging questions\" would make 501 decision-aid pages, more than the limit of 500"))
    }

    @Test("ten merging questions fail the build with the flowchart, the count and the limit, and the previous site is untouched")
    func tenMergingQuestionsFail() async throws {
        let good = MergingFlowcharts.site(MergingFlowcharts.chain(4))
        let fixture = try Fixture(briefings: ["merging": good.markdown])
        defer { fixture.remove() }
        _ = try await fixture.builder(good.description).build()
        let before = fixture.tree(fixture.site)
        #expect(before.keys.filter { $0.hasPrefix("briefings/merging/merging/a") }.count == 31)

        let bad = MergingFlowcharts.site(MergingFlowcharts.chain(10, title: "Ten merging questions"))
        try fixture.write("content/merging.md", bad.markdown)
        let problems = await diagnostics { _ = try await fixture.builder(bad.description).build() }
        let limit = problems.filter { $0.message.contains("decision-aid pages") }
        #expect(limit.count == 1)
        let problem = try #require(limit.first)
        #expect(problem.severity == .error)
        #expect(problem.location == FlowchartFixtures.at(1))
        #expect(problem.message.contains("flowchart \"Ten merging questions\" would make 2048 decision-aid pages, more than the limit of 500"))
        #expect(problem.hint?.contains("split the flowchart") == true)
        #expect(fixture.tree(fixture.site) == before)
        #expect(try fixture.stagingLeftovers().isEmpty)
    }

    @Test("a flowchart exactly at the limit builds all its 500 pages")
    func atTheLimitBuilds() async throws {
        let atLimit = MergingFlowcharts.site(MergingFlowcharts.atTheLimit())
        let fixture = try Fixture(briefings: ["merging": atLimit.markdown])
        defer { fixture.remove() }
        _ = try await fixture.builder(atLimit.description).build()
        let folder = fixture.site.appendingPathComponent("briefings/merging/merging")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0 == "index.html" || ($0.hasPrefix("a") && $0.hasSuffix(".html")) }
        #expect(pages.count == 500)
    }
}
