import BriefingEngine
import Foundation
import Testing

@Suite("Writing site/ atomically and only over its own output")
struct AtomicOutputTests {
    @Test("a build that fails midway leaves the old site exactly as it was")
    func failedBuildKeepsSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let before = fixture.tree(fixture.site)
        try fixture.write("content/broken.md", "no title here")
        await #expect(throws: BuildFailure.self) { try await fixture.builder().build() }
        #expect(fixture.tree(fixture.site) == before)
        let leftovers = try fixture.stagingLeftovers()
        #expect(leftovers.isEmpty, "no staging folder left behind: \(leftovers)")
    }

    @Test("a build that fails at the link check, after its pages were written, leaves the old site as it was")
    func failedLinkCheckKeepsSite() async throws {
        let fixture = try Fixture(briefings: ["example": "# E", "other": "# Other"])
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let before = fixture.tree(fixture.site)
        // Every page renders, and is written to the staging folder; only the link check fails.
        try fixture.write("content/example.md", "# E changed\n\n[see](other.md#nowhere)")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.contains { $0.message.contains("names #nowhere") }, "\(found)")
        #expect(fixture.tree(fixture.site) == before)
        #expect(try !fixture.read("site/briefings/example/index.html").contains("E changed"))
        let leftovers = try fixture.stagingLeftovers()
        #expect(leftovers.isEmpty, "no staging folder left behind: \(leftovers)")
    }

    @Test("a rebuild replaces the old pages and the marker lists every file")
    func rebuildReplaces() async throws {
        let fixture = try Fixture(briefings: ["example": "# E", "gone": "# Gone"])
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/gone.md"))
        _ = try await fixture.builder().build()
        #expect(!FileManager.default.fileExists(atPath: fixture.site.appendingPathComponent("briefings/gone").path))
        let marker = try fixture.read("site/.briefing-site")
        #expect(marker.hasPrefix(SiteMarker.header))
        #expect(marker.contains("\nbriefings/example/index.html\n"))
    }

    /// Output folders that must be refused, and the message each must give.
    static let refused: [(name: String, output: @Sendable (Fixture) async throws -> URL, message: String)] = [
        ("a foreign folder", { fixture in
            let folder = fixture.root.appendingPathComponent("mine")
            try fixture.write("mine/notes.txt", "precious")
            return folder
        }, "the output folder holds files briefing did not make (notes.txt)"),
        ("a file", { fixture in
            try fixture.write("site.txt", "a file")
            return fixture.root.appendingPathComponent("site.txt")
        }, "the output is a file, not a folder"),
        ("the package root", { $0.root }, "refusing to write the site over "),
        ("content/", { $0.root.appendingPathComponent("content") }, "refusing to write the site over content/"),
        ("templates/", { $0.root.appendingPathComponent("templates") }, "refusing to write the site over templates/"),
        ("a file added by hand to site/", { fixture in
            _ = try await fixture.builder().build()
            try fixture.write("site/CNAME", "example.org")
            return fixture.site
        }, "the output folder holds files briefing did not make (CNAME)"),
    ]

    @Test("briefing refuses to replace what it did not make", arguments: refused.indices)
    func refusesForeignOutput(index: Int) async throws {
        let case_ = Self.refused[index]
        let fixture = try Fixture()
        defer { fixture.remove() }
        let output = try await case_.output(fixture)
        let before = fixture.tree(fixture.root)
        var configuration = fixture.configuration
        configuration.output = output
        let found = await diagnostics { _ = try await SiteBuilder(site: SiteDescription(title: "T", tagline: "t"), configuration: configuration).build() }
        #expect(found.first?.message.hasPrefix(case_.message) == true, "\(case_.name): \(found)")
        #expect(found.first?.hint != nil)
        #expect(fixture.tree(fixture.root) == before, "\(case_.name): nothing may change")
    }

    @Test("an output folder that cannot be written is a clear error")
    func unwritable() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var configuration = fixture.configuration
        configuration.output = URL(fileURLWithPath: "/proc/briefing-test-site")
        var failure: BuildFailure?
        do { _ = try await SiteBuilder(site: SiteDescription(title: "T", tagline: "t"), configuration: configuration).build() } catch let error as BuildFailure { failure = error }
        #expect(failure?.cause == .output)
        let message = failure?.errors.first?.message ?? ""
        #expect(message.hasPrefix("cannot write in /proc") || message.hasPrefix("could not write the site"), "\(message)")
    }

    @Test("two builds give byte-identical trees")
    func deterministic() async throws {
        let fixture = try Fixture(briefings: ["example": Fixture.exampleBriefing, "other": "# Other\n\n## Second\n\n| a | b |\n|---|---|\n| 1 | 2 |"])
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let first = fixture.tree(fixture.site)
        _ = try await fixture.builder().build()
        #expect(fixture.tree(fixture.site) == first)
        #expect(first.count >= 5)
    }
}
