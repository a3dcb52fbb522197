import Foundation

/// Reads the content folder: every `*.md` file directly inside it (except `README.md`, which is
/// for authors) is a briefing; every other file that is not Swift may be linked from briefings.
/// Reports every unreadable, empty, non-UTF-8 or duplicate file at once.
public struct ContentLoader: Sendable {
    public var directory: URL
    /// How the folder is named in diagnostics (for example `content`).
    public var displayName: String

    public init(directory: URL, displayName: String) {
        self.directory = directory
        self.displayName = displayName
    }

    public func load() throws -> LoadedContent {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(.error(
                "content folder not found", at: SourceLocation(file: displayName),
                hint: "create it with a briefing such as \(displayName)/my-briefing.md, or pass --content DIR"))
        }
        var diagnostics: [Diagnostic] = []
        var briefings: [BriefingSource] = []
        var files: [String] = []
        var slugOwners: [String: String] = [:]

        let (found, links) = try listFiles()
        let warnings = links.map { link in
            Diagnostic.warning(
                "\(displayName)/\(link) is a symbolic link, which the build does not follow: what it points to is not published",
                at: SourceLocation(file: displayName + "/" + link),
                hint: "copy the file or folder into \(displayName)/ in place of the link")
        }
        for relativePath in found {
            let displayPath = displayName + "/" + relativePath
            let isTopLevel = !relativePath.contains("/")
            if relativePath.hasSuffix(".swift") || (isTopLevel && relativePath == "README.md") { continue }
            guard isTopLevel, relativePath.lowercased().hasSuffix(".md") else {
                files.append(relativePath)
                continue
            }
            let slug = String(relativePath.dropLast(3)).lowercased()
            let location = SourceLocation(file: displayPath)
            guard Slug.isValid(slug) else {
                diagnostics.append(.error(
                    "'\(slug)' cannot be a briefing's name", at: location,
                    hint: "rename the file using lower-case letters, digits and single hyphens, e.g. information-sharing.md"))
                continue
            }
            if let owner = slugOwners[slug] {
                diagnostics.append(.error(
                    "two briefings are both called '\(slug)' (the other is \(owner))", at: location,
                    hint: "rename one of the files; names differing only in case are the same briefing"))
                continue
            }
            slugOwners[slug] = displayPath
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(relativePath).path) else {
                diagnostics.append(.error("cannot read the file", at: location, hint: "check its permissions"))
                continue
            }
            if let problem = UndecodableText.find(in: data) {
                diagnostics.append(problem.error(file: displayPath))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            guard !text.allSatisfy(\.isWhitespace) else {
                diagnostics.append(.error(
                    "the briefing is empty", at: location,
                    hint: "start it with a title line such as '# Information sharing', or delete the file"))
                continue
            }
            briefings.append(BriefingSource(
                slug: slug, displayPath: displayPath, relativePath: relativePath,
                text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
        }
        try diagnostics.throwIfErrors()
        return LoadedContent(briefings: briefings, files: files, symbolicLinks: Set(links), warnings: warnings)
    }

    /// Every regular file below the folder, and every symbolic link, as sorted relative paths
    /// (hidden files skipped). A link is not followed: it could lead out of the folder, or round.
    private func listFiles() throws -> (files: [String], links: [String]) {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return ([], []) }
        let base = directory.standardizedFileURL.path
        var paths: [String] = []
        var links: [String] = []
        for case let url as URL in enumerator {
            // What `resourceValues(forKeys: [.isRegularFileKey])` answers (from `lstat`, so a
            // symbolic link is not a regular file), without its slow path on Linux.
            var status = stat()
            guard lstat(url.path, &status) == 0 else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if status.st_mode & S_IFMT == S_IFLNK {
                links.append(path)
                enumerator.skipDescendants()
            } else if status.st_mode & S_IFMT == S_IFREG {
                paths.append(path)
            }
        }
        return (paths.sorted(), links.sorted())
    }
}
