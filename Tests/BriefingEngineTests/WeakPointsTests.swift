import Foundation
import Testing

@testable import BriefingEngine

/// Mistakes that used to pass without a word (issue 12 part 6): each is now a warning or an error
/// at its line.
@Suite("Weak points said out loud")
struct WeakPointsTests {
    @Test("a byte that is not UTF-8 in a template is an error at its line, quoted")
    func templateByte() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/404.mustache", Data("<h1>Not found</h1>\n<p>Caf".utf8) + Data([0xE9]) + Data("</p>\n".utf8))
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.location.description) == ["templates/404.mustache:2:7"])
        #expect(found.first?.sourceLine == "<p>Caf\u{FFFD}</p>")
    }

    @Test("a symbolic link in content/, to a file or a folder, is a warning naming it")
    func symbolicLinksWarned() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("outside/chart.png", "png")
        let content = fixture.root.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("images"), withDestinationURL: fixture.root.appendingPathComponent("outside"))
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("linked.md"), withDestinationURL: content.appendingPathComponent("other.md"))
        let summary = try await fixture.builder(Self.described).build()
        let links = summary.warnings.filter { $0.message.contains("symbolic link") }
        #expect(links.map(\.location.file) == ["content/images", "content/linked.md"])
        #expect(links.first?.message == "content/images is a symbolic link, which the build does not follow: what it points to is not published")
    }

    /// Both fixture briefings described, so that no other warning is expected.
    static let described = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example"), BriefingDescription("other")])

    @Test("a briefing with no description in Swift is a warning at its Markdown file")
    func undescribedBriefing() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example")])
        let summary = try await fixture.builder(site).build()
        #expect(summary.warnings.map(\.description) == [
            "content/other.md:1:1: warning: briefing 'other' has no description in Swift, so its page and handout show no author, edition or review date\n"
                + "hint: add BriefingDescription(\"other\", author: …, edition: …, sourcesLastChecked: …) to briefings: in content/Site.swift",
        ])
        #expect(try await fixture.builder(Self.described).build().warnings.isEmpty)
    }

    @Test("a reference's bad address is an error under address:, quoted with a caret")
    func referenceAddress() async throws {
        let fixture = try Fixture(briefings: ["citing": "# C\n\nThe [Act](ref:act)."])
        defer { fixture.remove() }
        let line = #line + 3
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("citing")], references: [
            Reference("act", title: "An Act", publisher: "Parliament", year: "2018",
                      address: "http://example.org/act", note: "The law."),
        ])
        let found = await diagnostics { _ = try await fixture.quotingBuilder(site).build() }
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.location == SourceLocation(file: "Tests/BriefingEngineTests/WeakPointsTests.swift", line: line, column: 23))
        #expect(error.description.contains("\n                          address: \"http://example.org/act\", note: \"The law.\"),\n                          ^\n"), "\(error)")
    }
}
