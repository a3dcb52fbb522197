import BriefingEngine
import BriefingPreview
import Foundation
import Testing

/// `briefing new`: the starter Markdown builds into a seven-panel briefing, the starter Swift
/// compiles against the engine, a bad name is refused and no file is ever replaced.
@Suite final class BriefingStarterTests {
    let folder: URL
    let content: URL

    init() throws {
        folder = try PreviewFolder.make()
        content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    }

    deinit {
        PreviewFolder.remove(folder)
    }

    @Test(arguments: ["My Briefing", "my_briefing", "MyBriefing", "-lead", "trail-", "double--hyphen", "../escape", "", "café"])
    func aBadNameIsRefusedAndNothingIsWritten(slug: String) throws {
        #expect(throws: BuildFailure.self) {
            _ = try BriefingStarter(slug: slug).write(into: content, contentName: "content", existingSlugs: [])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: content.path).isEmpty)
    }

    @Test func aBadNameSaysWhatANameMayHoldAndSuggestsOne() throws {
        do {
            _ = try BriefingStarter(slug: "My Briefing").write(into: content, contentName: "content", existingSlugs: [])
        } catch let failure as BuildFailure {
            #expect(failure.description.contains("lower-case letters, digits and single hyphens"))
            #expect(failure.description.contains("briefing new my-briefing"))
        }
    }

    @Test func anExistingFileOrBriefingIsNeverReplaced() throws {
        try Data("mine".utf8).write(to: content.appendingPathComponent("neglect.md"))
        #expect(throws: BuildFailure.self) {
            _ = try BriefingStarter(slug: "neglect", flowchart: true).write(into: content, contentName: "content", existingSlugs: [])
        }
        #expect(try String(contentsOf: content.appendingPathComponent("neglect.md"), encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("Neglect.swift").path))
        // Only the Swift file exists: the Markdown is not written either.
        try Data("mine".utf8).write(to: content.appendingPathComponent("Bruising.swift"))
        #expect(throws: BuildFailure.self) {
            _ = try BriefingStarter(slug: "bruising", flowchart: true).write(into: content, contentName: "content", existingSlugs: [])
        }
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("bruising.md").path))
        #expect(throws: BuildFailure.self) {
            _ = try BriefingStarter(slug: "information-sharing").write(into: content, contentName: "content", existingSlugs: ["information-sharing"])
        }
    }

    @Test func theStarterMarkdownBuildsIntoSevenPanels() async throws {
        let made = try BriefingStarter(slug: "neglect-and-toxic-stress").write(into: content, contentName: "content", existingSlugs: [])
        #expect(made.files == ["neglect-and-toxic-stress.md"])
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("templates"), to: folder.appendingPathComponent("templates"))
        let site = SiteDescription(title: "Test", tagline: "Starter test")
        let (files, _) = try await SiteBuilder(site: site, configuration: BuildConfiguration(packageRoot: folder)).plan()
        let page = try #require(files.first { $0.path == "briefings/neglect-and-toxic-stress/index.html" })
        let html = String(decoding: page.data, as: UTF8.self)
        #expect(html.contains("Neglect and toxic stress"))
        #expect(html.components(separatedBy: "<h2").count - 1 >= 7)
        #expect(!html.contains("A 7-minute briefing: about seven short panels"))  // the comment is not published
    }

    /// The starter flowchart and description, with the repository's own content, type-check
    /// against the engine this test was built with: what `swift build` would compile.
    @Test func theStarterSwiftCompilesWithTheSiteContent() throws {
        let starter = BriefingStarter(slug: "neglect", flowchart: true)
        _ = try starter.write(into: content, contentName: "content", existingSlugs: [])
        #expect(starter.variableName == "neglectBriefing")
        let repositoryContent = Self.repository.appendingPathComponent("content")
        let sources = try FileManager.default.contentsOfDirectory(atPath: repositoryContent.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { repositoryContent.appendingPathComponent($0).path }
        let siteFile = try String(contentsOfFile: repositoryContent.appendingPathComponent("Site.swift").path, encoding: .utf8)
        let listed = siteFile.replacingOccurrences(of: "briefings: [informationSharing]", with: "briefings: [informationSharing, neglectBriefing]")
        #expect(listed != siteFile, "Site.swift no longer lists briefings as this test expects")
        try listed.write(to: content.appendingPathComponent("Site.swift"), atomically: true, encoding: .utf8)
        let files = sources.filter { !$0.hasSuffix("/Site.swift") } + [content.appendingPathComponent("Site.swift").path, content.appendingPathComponent("Neglect.swift").path]
        let result = try Self.typecheck(files)
        #expect(result.status == 0, "\(result.output)")
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `swiftc -typecheck` of the files as the module SiteContent, against the built engine.
    static func typecheck(_ files: [String]) throws -> (status: Int32, output: String) {
        let products = Bundle.main.bundleURL.path  // .build/<triple>/debug, where the test bundle is
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-module-name", "SiteContent", "-I", products + "/Modules",
                             "-I", repository.appendingPathComponent("Sources/CDirectorySwap/include").path,
                             "-Xcc", "-fmodule-map-file=" + repository.appendingPathComponent("Sources/CMarkGFM/module.modulemap").path,
                             "-Xcc", "-fmodule-map-file=" + repository.appendingPathComponent("Sources/CGraphviz/module.modulemap").path,
                             "-Xcc", "-fmodule-map-file=" + products + "/CDirectorySwap.build/module.modulemap"] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
