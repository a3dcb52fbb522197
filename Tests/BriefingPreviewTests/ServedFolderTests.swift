import BriefingPreview
import Foundation
import Testing

/// A request can read the served folder and nothing else: every way of climbing out, decoded or
/// not, and every symbolic link pointing out, is "not found".
@Suite final class ServedFolderTests {
    let folder: URL
    let served: ServedFolder

    init() throws {
        folder = try PreviewFolder.make()
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("briefings/a"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("a".utf8).write(to: site.appendingPathComponent("briefings/a/index.html"))
        try Data("x".utf8).write(to: site.appendingPathComponent(".briefing-site"))
        try Data("secret".utf8).write(to: folder.appendingPathComponent("outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("out").path, withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("sibling.txt").path, withDestinationPath: folder.appendingPathComponent("outside.txt").path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("home.html").path, withDestinationPath: "index.html")
        served = ServedFolder(site)
    }

    deinit {
        PreviewFolder.remove(folder)
    }

    @Test(arguments: [
        "/../../etc/passwd", "/briefings/../../outside.txt", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/outside.txt",
        "/..%2f..%2fetc%2fpasswd", "/briefings/%2e%2e/%2e%2e/outside.txt", "/%252e%252e/outside.txt", "/./index.html",
        "/out/passwd", "/passwd", "/sibling.txt", "/.briefing-site", "/index.html%00.css", "/briefings\\..\\..\\outside.txt",
        "/missing.html", "/briefings/b/", "etc/passwd", "/%zz",
    ])
    func climbingOutOrMissingIsNotFound(path: String) {
        #expect(served.resolve(path) == .notFound)
    }

    @Test func aFolderServesItsIndexAndAFolderWithoutSlashIsRedirected() {
        #expect(served.resolve("/") == .file(served.root + "/index.html"))
        #expect(served.resolve("/briefings/a/") == .file(served.root + "/briefings/a/index.html"))
        #expect(served.resolve("/briefings/a") == .redirect("/briefings/a/"))
        #expect(served.resolve("/briefings/%61/index.html") == .file(served.root + "/briefings/a/index.html"))
    }

    @Test func aLinkInsideTheFolderIsFollowed() {
        #expect(served.resolve("/home.html") == .file(served.root + "/index.html"))
    }
}
