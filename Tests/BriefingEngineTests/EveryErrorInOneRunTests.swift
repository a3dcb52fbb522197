import Foundation
import Testing

@testable import BriefingEngine

/// An author sees every mistake of a briefing in one run: the build's validate step finds the
/// Markdown's problems, the descriptions', the flowcharts' and those of each decision aid's
/// outcomes together, before any page is rendered.
@Suite("Every error in one run")
struct EveryErrorInOneRunTests {
    @Test("a broken link in the Markdown, a rule the briefing does not list, a broken link in guidance and an unknown citation are reported together")
    func allTogether() async throws {
        let fixture = try Fixture(briefings: ["example": "# Example\n\nSee [nothing](missing.md).\n\n## Decide\n\nDecide."])
        defer { fixture.remove() }
        let flowchart = Flowchart("Decide", id: "decide", start: Node.ask) {
            Question(.ask, "Go ahead?", cites: ["unknown"]) {
                Answer("Yes", next: .done)
                Answer("No", next: .done)
            }
            Outcome(.done, "Done", kind: .share, rules: [1]) { "Read [this](/absolute.html)." }
        }
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example", flowcharts: [flowchart])])
        let found = await diagnostics { _ = try await fixture.builder(site).plan() }
        let messages = Set(found.map(\.message))
        #expect(messages.contains("there is no briefing 'missing.md'"))
        #expect(messages.contains("'ask' cites 'unknown', which is not a reference"))
        #expect(messages.contains { $0.hasPrefix("outcome 'done' points to rule 1, but the description of briefing 'example' names no panel of rules") })
        #expect(messages.contains { $0.hasPrefix("in the guidance of outcome 'done': an address starting with /") })
        #expect(found.count == 4)
    }

    @Test("validate finds an outcome's missing rule without rendering a page")
    func validateAlone() async throws {
        let fixture = try Fixture(briefings: ["example": "# Example\n\n## Decide\n\nDecide."])
        defer { fixture.remove() }
        let flowchart = Flowchart("Decide", id: "decide", start: Node.ask) {
            Question(.ask, "Go ahead?") {
                Answer("Yes", next: .done)
                Answer("No", next: .done)
            }
            Outcome(.done, "Done", kind: .share, rules: [4])
        }
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example", flowcharts: [flowchart])])
        let builder = fixture.builder(site)
        let loaded = try builder.load()
        let found = await diagnostics { _ = try await builder.validate(loaded) }
        #expect(found.map(\.message) == ["outcome 'done' points to rule 4, but the description of briefing 'example' names no panel of rules"])
    }
}

private enum Node: String, FlowchartNodeID {
    case ask, done
}
