import Foundation

/// The temporary folder a preview builds into: made fresh for each run, private to its user
/// (`mkdtemp`), and removed when the preview ends. Never `site/`. It is in memory (`/dev/shm`)
/// where the system has one, as `hugo server` renders to memory: creating a site's files on a disk
/// was most of a 100-briefing preview's rebuild (about 200 of 320 ms here, measured); else it is in
/// the system's temporary folder.
public enum PreviewFolder {
    static let memory = "/dev/shm"

    public static func make() throws -> URL {
        let parent = access(memory, W_OK | X_OK) == 0 ? memory : FileManager.default.temporaryDirectory.path
        var template = Array((parent + "/briefing-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot make a temporary folder: \(String(cString: strerror(errno)))"])
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    public static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}
