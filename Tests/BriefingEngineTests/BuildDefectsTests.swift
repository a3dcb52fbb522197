import BriefingEngine
import Foundation
import Testing

/// Defects found trying the build with hostile input (issue 12, part 5): each failed before its fix.
@Suite("Build defects")
struct BuildDefectsTests {
    private static let site = SiteDescription(title: "T", tagline: "t")

    private func build(_ fixture: Fixture, output: URL) async -> [Diagnostic] {
        var configuration = fixture.configuration
        configuration.output = output
        return await diagnostics { _ = try await SiteBuilder(site: Self.site, configuration: configuration).build() }
    }

    @Test("a symbolic link given as the output is refused, and neither it nor the folder it points to changes")
    func symlinkOutput() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // Even a link to a site briefing made: building through it would replace a folder elsewhere.
        _ = try await fixture.builder().build()
        let link = fixture.root.appendingPathComponent("published")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: fixture.site)
        let before = fixture.tree(fixture.site)
        let found = await build(fixture, output: link)
        #expect(found.first?.message.hasPrefix("the output is a symbolic link (to ") == true, "\(found)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == fixture.site.path)
        #expect(fixture.tree(fixture.site) == before)
    }

    @Test("an output inside content/ or templates/ is refused", arguments: ["content/sub", "templates/sub", "content/a/b"])
    func outputInsideWhatIsRead(_ path: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = path.split(separator: "/")[0]
        let found = await build(fixture, output: fixture.root.appendingPathComponent(path))
        #expect(found.map(\.message) == ["refusing to write the site inside \(folder)/, which the build reads"])
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent(path).path))
    }

    @Test("two assets with the same template key are an error naming both files", arguments: [
        ("extra/site.css", "site.css and extra/site.css are both {{assets.site_css}} in templates"),
        ("site-css", "site.css and site-css are both {{assets.site_css}} in templates"),
    ])
    func assetKeyClash(_ file: String, _ message: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/\(file)", "body { color: red; }")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.message) == [message])
        #expect(found.first?.hint != nil)
    }

    @Test("every template a page kind uses is required: a missing one is 'template missing'",
          arguments: ["wizard-step", "wizard-start", "sign-off", "practice"])
    func pageKindTemplateMissing(_ name: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("templates/\(name).mustache"))
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.message) == ["the template '\(name)' is missing"])
        #expect(found.first?.location.file == "templates/\(name).mustache")
    }

    @Test("a second build into the same output while one is writing says another build is writing")
    func concurrentBuilds() async throws {
        let fixture = try Fixture(briefings: (1...60).reduce(into: [:]) { $0["b\($1)"] = "# B \($1)\n\n## Panel\n\nText \($1)." })
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let builder = fixture.builder()
        let results = await withTaskGroup(of: [Diagnostic].self) { group in
            for _ in 0..<4 { group.addTask { await diagnostics { _ = try await builder.build() } } }
            return await group.reduce(into: [[Diagnostic]]()) { $0.append($1) }
        }
        let failures = results.filter { !$0.isEmpty }
        #expect(results.contains { $0.isEmpty }, "one build succeeds")
        for failure in failures {
            #expect(failure.map(\.message) == ["another build is writing site now"], "\(failure)")
        }
        // The lock is taken once a build holds it: a build started while it is held always fails.
        #expect(!failures.isEmpty || results.count == 4)
    }

    @Test("a template inserting a text value raw is an error at its line, whatever the raw tag",
          arguments: ["<h1>{{{pageTitle}}}</h1>", "<h1>{{& pageTitle }}</h1>", "<p>{{{site.title}}}</p>"])
    func rawTextValue(_ line: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/404.mustache", "<p>Not found</p>\n\(line)\n")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.count == 1)
        #expect(found.first?.location.file == "templates/404.mustache")
        #expect(found.first?.location.line == 2)
        #expect(found.first?.sourceLine == line)
        #expect(found.first?.message.hasSuffix("is inserted without escaping, so text in it would become live markup") == true)
    }
}
