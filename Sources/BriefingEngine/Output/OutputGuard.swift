import Foundation

/// Decides, before anything is built, whether `briefing` may replace the output directory: never
/// a file, the package root, `content/`, `templates/` or a folder that holds them, and never a
/// non-empty folder it did not generate (told by the marker file, which lists what it wrote), never
/// a folder inside `content/` or `templates/` (each build would publish the last), and never a
/// symbolic link: replacing the link would break it, building through it would replace a folder
/// somewhere else, so a link is refused and the folder it points to may be named instead.
public struct OutputGuard: Sendable {
    public var output: URL
    public var displayName: String
    /// Folders the output must not be, or contain (the package root, content, templates).
    public var protected: [URL]
    /// Folders the output must not be inside (content, templates), whose files a build reads.
    public var read: [URL]

    public init(output: URL, displayName: String, protected: [URL], read: [URL] = []) {
        self.output = output.standardizedFileURL
        self.displayName = displayName
        self.protected = protected.map(\.standardizedFileURL)
        self.read = read.map(\.standardizedFileURL)
    }

    /// Throws a diagnostic naming the output when it may not be replaced.
    public func check() throws {
        let location = SourceLocation(file: displayName)
        let path = output.path
        for folder in protected where folder.path == path || folder.path.hasPrefix(path == "/" ? "/" : path + "/") {
            throw BuildFailure(.error(
                "refusing to write the site over \(folder.path == path ? "" : "a folder holding ")\(folder.lastPathComponent)/",
                at: location, hint: "choose an output folder of its own, such as site/"), cause: .output)
        }
        for folder in read where path.hasPrefix(folder.path + "/") {
            throw BuildFailure(.error(
                "refusing to write the site inside \(folder.lastPathComponent)/, which the build reads",
                at: location, hint: "choose an output folder outside content/ and templates/, such as site/"), cause: .output)
        }
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            throw BuildFailure(.error(
                "the output is a symbolic link (to \(target)), which briefing would replace",
                at: location, hint: "pass the folder it points to as --output, or remove the link"), cause: .output)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw BuildFailure(.error("the output is a file, not a folder", at: location,
                                          hint: "remove the file or choose another --output"), cause: .output)
            }
            let foreign = try foreignFiles()
            if !foreign.isEmpty {
                let shown = foreign.prefix(5).joined(separator: ", ") + (foreign.count > 5 ? ", …" : "")
                throw BuildFailure(.error(
                    "the output folder holds files briefing did not make (\(shown))", at: location,
                    hint: "briefing replaces its output folder whole; move those files into content/ or templates/, or choose another --output"), cause: .output)
            }
        }
        let parent = output.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent) {
            throw BuildFailure(.error(
                "the folder \(parent) does not exist", at: location,
                hint: "create it first (mkdir -p \(parent)), or choose another --output"), cause: .output)
        }
        if access(parent, W_OK) != 0 {
            throw BuildFailure(.error(
                "cannot write in \(parent)", at: location,
                hint: "check the folder's permissions, or choose another --output"), cause: .output)
        }
    }

    /// Files in the output that the marker does not list (all of them when there is no marker).
    func foreignFiles() throws -> [String] {
        let existing = OutputGuard.files(below: output)
        guard !existing.isEmpty else { return [] }
        let markerURL = output.appendingPathComponent(SitePaths.marker)
        guard let data = FileManager.default.contents(atPath: markerURL.path),
              let text = String(data: data, encoding: .utf8), text.hasPrefix(SiteMarker.header)
        else { return existing }
        let listed = Set(text.split(separator: "\n").dropFirst().map(String.init))
        return existing.filter { $0 != SitePaths.marker && !listed.contains($0) }
    }

    /// Every file and empty folder below `directory`, as sorted relative paths.
    static func files(below directory: URL) -> [String] {
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                paths.append(relative)
            }
        }
        return paths.sorted()
    }
}
