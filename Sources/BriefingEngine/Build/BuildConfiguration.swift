import Foundation

/// Where a build reads and writes: the content and templates folders and the output folder, with
/// the names to print for each, and the folders the output must never replace.
public struct BuildConfiguration: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    public var packageRoot: URL
    /// lunr.js for the search page: Debian's `libjs-lunr` unless a build names another copy.
    public var searchLibrary: URL
    /// Whether every page is flushed to disk before the new site replaces the old (one `syncfs`):
    /// what `site/` needs to survive a power cut. The live preview's throwaway folder does not,
    /// and there the flush would only make each save wait for the whole file system's writes.
    public var flushesToDisk = true

    public init(
        content: URL, templates: URL, output: URL, packageRoot: URL,
        searchLibrary: URL = URL(fileURLWithPath: SearchLibrary.debianPath)
    ) {
        self.content = content.standardizedFileURL
        self.templates = templates.standardizedFileURL
        self.output = output.standardizedFileURL
        self.packageRoot = packageRoot.standardizedFileURL
        self.searchLibrary = searchLibrary
    }

    /// The folders of a package laid out as Briefing's own: `content/`, `templates/`, `site/`.
    public init(packageRoot: URL) {
        self.init(
            content: packageRoot.appendingPathComponent("content"),
            templates: packageRoot.appendingPathComponent("templates"),
            output: packageRoot.appendingPathComponent("site"),
            packageRoot: packageRoot)
    }

    /// How a folder is printed in diagnostics: relative to the package root when inside it.
    public func displayName(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let root = packageRoot.path
        if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
        return path
    }

    var outputGuard: OutputGuard {
        OutputGuard(output: output, displayName: displayName(output), protected: [packageRoot, content, templates],
                    read: [content, templates])
    }
}
