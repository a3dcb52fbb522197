import BriefingEngine
import Foundation

/// A throw-away package folder (content/, templates/, and a site/ to build into), made in code for
/// one test, with the repository's real templates copied in unless the test gives its own.
struct Fixture {
    let root: URL

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(
        briefings: [String: String] = ["example": Fixture.exampleBriefing, "other": "# Other\n\n## Second\n\nText."],
        copyTemplates: Bool = true
    ) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        if copyTemplates {
            try FileManager.default.copyItem(
                at: Fixture.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        } else {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        }
        for (slug, text) in briefings { try write("content/\(slug).md", text) }
    }

    static let exampleBriefing = """
        # Example briefing

        A short summary.

        ## First panel

        Some text with a [link to the other](other.md#second).

        ## Second panel

        More text.
        """

    /// Copies the repository's own briefings in, for running the real `briefing` executable, whose
    /// Swift descriptions name them.
    func copyRealContent() throws {
        let content = Fixture.repository.appendingPathComponent("content")
        for name in try FileManager.default.contentsOfDirectory(atPath: content.path) where name.hasSuffix(".md") {
            try write("content/\(name)", try Data(contentsOf: content.appendingPathComponent(name)))
        }
        try write("Package.swift", "// a fixture package")
    }

    var configuration: BuildConfiguration { BuildConfiguration(packageRoot: root) }
    var site: URL { root.appendingPathComponent("site") }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func builder(_ site: SiteDescription = SiteDescription(title: "Test site", tagline: "Tests.")) -> SiteBuilder {
        SiteBuilder(site: site, configuration: configuration)
    }

    /// A builder whose package root is the repository, so that an error about a Swift description
    /// written in a test quotes the test's own line (the fixture's folders are still read and written).
    func quotingBuilder(_ site: SiteDescription) -> SiteBuilder {
        SiteBuilder(site: site, configuration: BuildConfiguration(
            content: root.appendingPathComponent("content"), templates: root.appendingPathComponent("templates"),
            output: self.site, packageRoot: Fixture.repository))
    }

    /// `diagnostic` with the fixture's folder left out of its words, as `quotingBuilder`'s
    /// diagnostics name the fixture's files by their absolute paths.
    func relative(_ diagnostic: Diagnostic) -> Diagnostic {
        var relative = diagnostic
        relative.message = diagnostic.message.replacingOccurrences(of: root.path + "/", with: "")
        relative.hint = diagnostic.hint?.replacingOccurrences(of: root.path + "/", with: "")
        return relative
    }

    /// Every file below `folder` with its bytes, for comparing whole trees.
    func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let relative = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: base + "/" + relative) { files[relative] = data }
        }
        return files
    }

    /// What a build left beside the output folder: staging folders a failed or killed build
    /// did not clean up (the fixture itself has no other hidden entries).
    func stagingLeftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".briefing-") }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// The errors of a failing build, or an empty list when it did not fail.
func diagnostics(of body: () async throws -> Void) async -> [Diagnostic] {
    do {
        try await body()
        return []
    } catch let failure as BuildFailure {
        return failure.diagnostics
    } catch {
        return [.error("unexpected \(error)", at: SourceLocation(file: "?"))]
    }
}
