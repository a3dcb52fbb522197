import Foundation
import Testing

@testable import BriefingEngine

/// The panel of rules is the one the description names, its rules are read from cmark's tree,
/// and a panel named in Swift that the Markdown does not have is an error at the Swift line,
/// quoted with a caret, whose hint names the nearest heading.
@Suite("The panel of rules and each flowchart's panel")
struct RulesPanelTests {
    static let briefing = """
        # Example

        ## Our rules

        3. Write `<ol>` or `<li>` and it is still one rule, with [a link](https://example.org/a) and **emphasis**
        4. A rule with
           two lines

           and a second paragraph

        ## Rules of thumb

        1. Not the rules.

        ## Decide

        Decide.
        """

    /// A site whose briefing `example` has one flowchart, "Decide", whose outcome points to rules 3 and 4.
    static func site(rulesPanel: String?, flowchartTitle: String = "Decide", line: Int = #line) -> SiteDescription {
        let flowchart = Flowchart(flowchartTitle, id: "decide", start: Node.ask) {
            Question(.ask, "Go ahead?") {
                Answer("Yes", next: .done)
                Answer("No", next: .done)
            }
            Outcome(.done, "Done", kind: .share, rules: [3, 4])
        }
        return SiteDescription(title: "T", tagline: "t", briefings: [
            BriefingDescription("example", flowcharts: [flowchart], rulesPanel: rulesPanel),
        ])
    }

    @Test("the rules are the numbered list of the named panel, numbered from its start, as plain text", arguments: ["Our rules", "our-rules"])
    func rulesFromTheTree(name: String) async throws {
        let fixture = try Fixture(briefings: ["example": Self.briefing])
        defer { fixture.remove() }
        let builder = fixture.builder(Self.site(rulesPanel: name))
        let validated = try await builder.validate(try builder.load())
        let flow = try #require(validated.decisionAids(of: validated.briefings[0]).first)
        #expect(flow.rulesPanel?.title == "Our rules")
        #expect(flow.rules.map(\.number) == [3, 4])
        #expect(flow.rules.map(\.html) == [
            "Write &lt;ol&gt; or &lt;li&gt; and it is still one rule, with a link and emphasis",
            "A rule with two lines and a second paragraph",
        ])
        let page = try #require(try await builder.plan().files.first { $0.path == "briefings/example/decide/a-1.html" })
        #expect(String(decoding: page.data, as: UTF8.self).contains("index.html#our-rules\">Rule 3</a>: Write &lt;ol&gt;"))
    }

    @Test("a heading that says 'rule' is not taken for the rules unless the description names it")
    func nothingGuessed() async throws {
        let fixture = try Fixture(briefings: ["example": "# Example\n\n## The 7 golden rules\n\n1. One.\n\n## Decide\n\nDecide."])
        defer { fixture.remove() }
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example")])
        let builder = fixture.builder(site)
        let validated = try await builder.validate(try builder.load())
        #expect(validated.briefings[0].rulesPanel == nil)
    }

    @Test("a misspelt rules panel is an error under rulesPanel:, whose hint names the nearest heading")
    func misspeltRulesPanel() async throws {
        let fixture = try Fixture(briefings: ["example": Self.briefing])
        defer { fixture.remove() }
        let line = #line + 1
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example",
            rulesPanel: "Our rule")])
        let found = await diagnostics { _ = try await fixture.quotingBuilder(site).build() }
        let error = try #require(found.first.map { fixture.relative($0) })
        #expect(found.count == 1)
        #expect(error.message == "no panel of content/example.md is headed \"Our rule\", so the briefing's rules cannot be found")
        #expect(error.location == SourceLocation(file: "Tests/BriefingEngineTests/RulesPanelTests.swift", line: line + 1, column: 13))
        #expect(error.hint == "the nearest heading is '## Our rules' (content/example.md:3:1): use that name, or add '## Our rule' to content/example.md")
        #expect(error.description.contains("\n                rulesPanel: \"Our rule\")])\n                ^\n"), "\(error.description)")
    }

    @Test("a rules panel without a numbered list is an error at the description")
    func rulesPanelWithoutList() async throws {
        let fixture = try Fixture(briefings: ["example": Self.briefing])
        defer { fixture.remove() }
        let found = await diagnostics { _ = try await fixture.quotingBuilder(Self.site(rulesPanel: "Decide")).build() }
        // The outcomes' rules are not reported as well: the one mistake is the panel's name.
        #expect(found.map { fixture.relative($0).message } == [
            "the panel 'Decide' (content/example.md:15:1) has no numbered list, so it cannot hold the briefing's rules",
        ])
        #expect(found.allSatisfy { $0.sourceLine != nil })
    }

    @Test("a flowchart whose title heads no panel is an error at the Flowchart, whose hint names the nearest heading")
    func misspeltFlowchartPanel() async throws {
        let fixture = try Fixture(briefings: ["example": Self.briefing])
        defer { fixture.remove() }
        let found = await diagnostics { _ = try await fixture.quotingBuilder(Self.site(rulesPanel: "Our rules", flowchartTitle: "decides")).build() }
        let error = try #require(found.first.map { fixture.relative($0) })
        #expect(found.count == 1)
        #expect(error.message == "no panel of content/example.md is headed \"decides\", so the flowchart has no place")
        #expect(error.hint == "the nearest heading is '## Decide' (content/example.md:15:1): use that name, or add '## decides' to content/example.md")
        #expect(error.sourceLine?.contains("Flowchart(flowchartTitle") == true)
    }

    @Test("an outcome's missing rule is quoted under its rules:")
    func missingRuleQuoted() async throws {
        let fixture = try Fixture(briefings: ["example": "# Example\n\n## Decide\n\nDecide."])
        defer { fixture.remove() }
        let found = await diagnostics { _ = try await fixture.quotingBuilder(Self.site(rulesPanel: nil)).build() }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.sourceLine?.contains("Outcome(.done, \"Done\", kind: .share, rules: [3, 4])") == true })
        #expect(found.first?.location.column == 50)
    }
}

private enum Node: String, FlowchartNodeID {
    case ask, done
}
