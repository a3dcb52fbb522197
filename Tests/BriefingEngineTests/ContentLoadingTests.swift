import BriefingEngine
import Foundation
import Testing

@Suite("Loading briefings from content/")
struct ContentLoadingTests {
    @Test("a Markdown file becomes a briefing with numbered panels and a summary, no Swift needed")
    func briefingFromMarkdown() async throws {
        let fixture = try Fixture(briefings: ["example": Fixture.exampleBriefing, "other": "# Other\n\n## Second\n\nText."])
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let page = try fixture.read("site/briefings/example/index.html")
        #expect(page.contains("<h1 class=\"heading-xl\">Example briefing</h1>"))
        #expect(page.contains("<span class=\"panel__number\">1</span> First panel"))
        #expect(page.contains("<span class=\"panel__number\">2</span> Second panel"))
        let index = try fixture.read("site/index.html")
        #expect(index.contains("href=\"briefings/example/index.html\""))
        #expect(index.contains("A short summary."))
    }

    @Test("the author and edition from the Swift description are shown")
    func description() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let site = SiteDescription(title: "T", tagline: "t", briefings: [
            BriefingDescription("example", author: "Carla Thomas", edition: "2018 edition", sourcesLastChecked: "2026-11-25")
        ])
        _ = try await fixture.builder(site).build()
        let page = try fixture.read("site/briefings/example/index.html")
        #expect(page.contains("<dd>Carla Thomas</dd>"))
        #expect(page.contains("<dd>2018 edition</dd>"))
        #expect(page.contains("<dd>2026-11-25</dd>"))
    }

    /// Each bad input, and the start of the message it must give, at the place it must name.
    static let badInputs: [(name: String, setUp: @Sendable (Fixture) throws -> Void, location: String, message: String)] = [
        ("empty briefing", { try $0.write("content/empty.md", "  \n") }, "content/empty.md", "the briefing is empty"),
        ("not UTF-8", { try $0.write("content/latin.md", Data([0x23, 0x20, 0xE9, 0xFF, 0x0A])) }, "content/latin.md:1:3", "this line holds a byte that is not UTF-8 text"),
        ("one stray byte in a good file", { try $0.write("content/stray.md", Data("# Stray\n\n## Panel\n\nCaf".utf8) + Data([0xE9]) + Data(" au lait.\n".utf8)) },
         "content/stray.md:5:4", "this line holds a byte that is not UTF-8 text"),
        ("a NUL byte", { try $0.write("content/nul.md", Data("# Nul\n\nA\u{0}B\n".utf8)) }, "content/nul.md:3:2", "the file holds a NUL byte"),
        ("a javascript: link", { try $0.write("content/linker.md", "# L\n\n[x](javascript:alert(1))") }, "content/linker.md:3:1", "a javascript: address runs code"),
        ("a data: image", { try $0.write("content/linker.md", "# L\n\n![x](data:image/png;base64,iVBORw0KGgo=)") }, "content/linker.md:3:1", "a data: address would be removed"),
        ("a link through a symbolic link", { fixture in
            let outside = fixture.root.appendingPathComponent("outside")
            try fixture.write("outside/leaflet.pdf", "%PDF")
            try FileManager.default.createSymbolicLink(at: fixture.root.appendingPathComponent("content/shared"), withDestinationURL: outside)
            try fixture.write("content/linker.md", "# L\n\n[leaflet](shared/leaflet.pdf)")
        }, "content/linker.md:3:1", "'shared/leaflet.pdf' goes through shared, a symbolic link, which the build does not follow"),
        ("no title", { try $0.write("content/untitled.md", "## Only a panel\n\nText.") }, "content/untitled.md:1:1", "the briefing has no title"),
        ("same slug twice", { try $0.write("content/Example.md", "# Again") }, "content/example.md", "two briefings are both called 'example'"),
        ("slug with a space", { try $0.write("content/bad name.md", "# Bad") }, "content/bad name.md", "'bad name' cannot be a briefing's name"),
        ("missing content folder", { try FileManager.default.removeItem(at: $0.root.appendingPathComponent("content")) }, "content", "content folder not found"),
        ("missing templates folder", { try FileManager.default.removeItem(at: $0.root.appendingPathComponent("templates")) }, "templates", "templates folder not found"),
        ("link to a missing briefing", { try $0.write("content/linker.md", "# L\n\n[gone](gone.md)") }, "content/linker.md:3:1", "there is no briefing 'gone.md'"),
        ("root-absolute link", { try $0.write("content/linker.md", "# L\n\n[x](/index.html)") }, "content/linker.md:3:1", "an address starting with / breaks"),
        ("link climbing out of content", { try $0.write("content/linker.md", "# L\n\n[x](../secret.txt)") }, "content/linker.md:3:1", "'../secret.txt' points outside the content folder"),
        ("image from another site", { try $0.write("content/linker.md", "# L\n\n![x](https://example.org/a.png)") }, "content/linker.md:3:1", "images must be stored with the briefing"),
    ]

    @Test("bad content gets a clear error naming the file, and the previous site survives",
          arguments: badInputs.indices)
    func badInput(index: Int) async throws {
        let case_ = Self.badInputs[index]
        let fixture = try Fixture(briefings: ["example": Fixture.exampleBriefing, "other": "# Other\n\n## Second"])
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let before = fixture.tree(fixture.site)
        try case_.setUp(fixture)
        let found = await diagnostics { _ = try await fixture.builder().build() }
        let match = found.first { $0.message.hasPrefix(case_.message) }
        #expect(match != nil, "\(case_.name): got \(found.map(\.description))")
        #expect(match?.location.description == case_.location, "\(case_.name)")
        #expect(match?.hint != nil, "\(case_.name): every error says how to fix it")
        #expect(fixture.tree(fixture.site) == before, "\(case_.name): the previous site changed")
    }

    @Test("every error of the loading phase is reported, not only the first")
    func allErrors() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/empty.md", "")
        try fixture.write("content/untitled.md", "text")
        try fixture.write("templates/index.mustache", "{{#open}}")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(Set(found.map(\.location.file)) == ["content/empty.md", "templates/index.mustache"])
    }

    @Test("a description of a briefing that does not exist points at the Swift call site")
    func strayDescription() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/other.md", "# Other")
        let line = #line + 1
        let site = SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("missing", sourcesLastChecked: "2026-13-01")])
        let found = await diagnostics { _ = try await fixture.quotingBuilder(site).build() }.filter { $0.severity == .error }
        #expect(found.map { fixture.relative($0).message } == ["there is no content/missing.md for this description", "'2026-13-01' is not a date in the form YYYY-MM-DD"])
        // Each quoted with a caret: under the call, and under the argument at fault.
        #expect(found.map(\.location.description) == [
            "Tests/BriefingEngineTests/ContentLoadingTests.swift:\(line):74", "Tests/BriefingEngineTests/ContentLoadingTests.swift:\(line):105"])
        #expect(found.allSatisfy { $0.sourceLine?.contains("BriefingDescription(\"missing\"") == true })
    }

    @Test("relative links and files in content/ are rewritten to their place in site/")
    func relativeLinks() async throws {
        let fixture = try Fixture(briefings: [
            "example": "# E\n\n## P\n\n[other](other.md#second) ![chart](images/chart.png) [pdf](docs/a%20b.pdf) [top](#p)",
            "other": "# Other\n\n## Second",
        ])
        defer { fixture.remove() }
        try fixture.write("content/images/chart.png", Data([1, 2, 3]))
        try fixture.write("content/docs/a b.pdf", Data([4]))
        _ = try await fixture.builder().build()
        let page = try fixture.read("site/briefings/example/index.html")
        #expect(page.contains("href=\"../../briefings/other/index.html#second\""))
        #expect(page.contains("src=\"../../files/images/chart.png\""))
        #expect(page.contains("href=\"../../files/docs/a%20b.pdf\""))
        #expect(page.contains("href=\"#p\""))
        #expect(page.contains("href=\"../../index.html\""))
        #expect(page.contains("href=\"../../assets/site."))
        #expect(FileManager.default.fileExists(atPath: fixture.site.appendingPathComponent("files/images/chart.png").path))
        #expect(try fixture.read("site/index.html").contains("href=\"assets/site."))
    }
}
