import Foundation

/// The static files of the look (CSS, the wizard's script, icons) found beside the templates,
/// each published as `assets/NAME.HASH.EXT` so a browser never uses a stale copy after an edit.
/// Templates refer to them by key: `site.css` is `{{root}}{{assets.site_css}}`.
public struct AssetCatalog: Sendable {
    /// One static file: where it is read from and where it is written.
    public struct Asset: Sendable {
        public var sourcePath: String
        public var data: Data
        public var publishedPath: String
        /// The key templates use: the file name with every `.` or `-` as `_`.
        public var key: String

        /// The file `sourcePath` (its name decides the key and the published name) with its bytes.
        public init(sourcePath: String, data: Data) {
            let file = URL(fileURLWithPath: sourcePath)
            let name = file.deletingPathExtension().lastPathComponent
            self.sourcePath = sourcePath
            self.data = data
            publishedPath = SitePaths.asset("\(name).\(ContentHash.hex(data)).\(file.pathExtension)")
            key = String(file.lastPathComponent.map { $0 == "." || $0 == "-" ? "_" : $0 })
        }
    }

    public var assets: [Asset]

    /// - Parameter displayName: how the folder is named in diagnostics (for example `templates`).
    /// - Parameter libraries: files from outside the folder published the same way (lunr.js).
    public init(directory: URL, displayName: String = "templates", libraries: [Asset] = []) throws {
        var assets: [Asset] = []
        let base = directory.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        var urls: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension != "mustache", url.pathExtension != "md",
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
            else { continue }
            urls.append(url)
        }
        for url in urls.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            assets.append(Asset(sourcePath: relative, data: try Data(contentsOf: url)))
        }
        assets += libraries
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for asset in assets {
            if let first = owners[asset.key] {
                diagnostics.append(.error(
                    "\(asset.sourcePath) and \(first) are both {{assets.\(asset.key)}} in templates",
                    at: SourceLocation(file: displayName + "/" + asset.sourcePath),
                    hint: "rename one of the two files: an asset's key is its file name with every . or - as _"))
            } else {
                owners[asset.key] = asset.sourcePath
            }
        }
        try diagnostics.throwIfErrors()
        self.assets = assets
    }

    /// The template context's `assets` value: key to published path (relative to the site root).
    public var templateValues: [String: String] {
        Dictionary(uniqueKeysWithValues: assets.map { ($0.key, $0.publishedPath) })
    }
}
