import Foundation

/// The temporary folder a preview builds into: made fresh for each run, private to its user
/// (`mkdtemp`), and removed when the preview ends. Never `site/`.
public enum PreviewFolder {
    public static func make() throws -> URL {
        var template = Array((FileManager.default.temporaryDirectory.path + "/briefing-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot make a temporary folder: \(String(cString: strerror(errno)))"])
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    public static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}
