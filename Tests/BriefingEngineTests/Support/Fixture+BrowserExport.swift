import Foundation

extension Fixture {
    /// Copies this fixture's built site to `<folder>/site`, replacing any earlier copy, for the
    /// browser suites that walk fixture sites; returns the folder.
    @discardableResult
    func exportSite(to folder: String) throws -> URL {
        let folder = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("site")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: site, to: target)
        return folder
    }
}
