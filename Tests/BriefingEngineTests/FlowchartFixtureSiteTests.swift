import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

@Suite("Flowcharts of other shapes, on their pages and handouts")
struct FlowchartFixtureSiteTests {
    @Test("each handout prints its flowchart in the narrowest column where its smallest text is 8 pt or more, else in words")
    func handoutsPrintEachFlowchartReadablyOrInWords() async throws {
        let (fixture, _) = try await FlowchartFixtureSite.build()
        defer { fixture.remove() }
        for (slug, _, flowchart) in FlowchartFixtureSite.briefings {
            let handout = try fixture.read("site/briefings/\(slug)/print.html")
            let size = HandoutDiagramSize(try #require(FlowchartGeometry(flowchart)))
            #expect(handout.contains(size.columnClass), "\(slug): \(size)")
            if size.isReadable {
                #expect(size.smallestTextPoints >= 8)
                #expect(handout.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\""))
                #expect(!handout.contains("handout-panel__in-words"))
            } else {
                #expect(!handout.contains("class=\"flowchart\""))
                #expect(handout.contains("<div class=\"handout-panel__in-words\">"))
                #expect(handout.contains(FlowchartTextAlternative(flowchart).html))
            }
            // The briefing page draws the diagram whatever the handout does.
            #expect(try fixture.read("site/briefings/\(slug)/index.html").contains("class=\"flowchart\""))
        }
    }

    @Test("the issue's five-question shape prints as a diagram; eight questions are too tall and print in words")
    func whichShapesPrintAsDiagrams() throws {
        let sizes = try (FlowchartShapes.all + [informationSharingFlowchart]).map { HandoutDiagramSize(try #require(FlowchartGeometry($0))) }
        #expect(sizes.map(\.column) == [180, 160, 180, nil, 120])
        #expect(sizes.allSatisfy { $0.smallestTextPoints >= 8 || !$0.isReadable })
    }

    @Test("the build warns about a flowchart too large to print readably, naming it, its briefing and the size it would have had")
    func buildWarnsAboutAFlowchartPrintedInWords() async throws {
        let (fixture, warnings) = try await FlowchartFixtureSite.build()
        defer { fixture.remove() }
        let printing = warnings.filter { $0.message.contains("one-page handout") }
        #expect(printing.count == 1)
        let warning = try #require(printing.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "the flowchart \u{201C}Before a home visit\u{201D} would print at 5.3 pt on the one-page handout of \u{201C}Safe home visits\u{201D}, even in its widest column (200 mm), under the 8 pt minimum, so the handout prints it in words instead of as a diagram")
        #expect(warning.location == FlowchartShapes.eightQuestions.location)
        #expect(warning.hint?.contains("shorten its longest questions and answers") == true)
    }

    @Test("the seed's flowchart prints as a diagram in the standard 120 mm column, at 8.5 pt or more")
    func theSeedPrintsAsADiagram() throws {
        let size = HandoutDiagramSize(try #require(FlowchartGeometry(informationSharingFlowchart)))
        #expect(size.column == 120)
        #expect(size.smallestTextPoints >= 8.5)
    }

    /// The browser and print suites (Tests/browser, Tests/print) measure this site's pages and
    /// handouts: with BRIEFING_FLOWCHART_FIXTURE_DIR set, it is written to
    /// `$BRIEFING_FLOWCHART_FIXTURE_DIR/site`.
    @Test("the fixture site is written for the browser and print tests when they ask for it")
    func writeForBrowserTests() async throws {
        guard let target = ProcessInfo.processInfo.environment["BRIEFING_FLOWCHART_FIXTURE_DIR"] else { return }
        let (fixture, _) = try await FlowchartFixtureSite.build()
        defer { fixture.remove() }
        try fixture.exportSite(to: target)
    }
}
