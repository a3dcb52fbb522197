import Foundation

/// lunr.js, the library the search page indexes and searches with, taken as Debian's `libjs-lunr`
/// installs it (2.3.9 on bookworm) and published unchanged beside the templates' own files as
/// `{{assets.lunr_min_js}}`. Lunr rather than Pagefind: it runs as plain script, so the strict CSP
/// needs no `'wasm-unsafe-eval'`; it reads its data from a `<script src>`, which a double-clicked
/// `index.html` may load where `fetch()` is refused; and the data is written by the build itself,
/// byte for byte the same on every build.
public enum SearchLibrary {
    /// Where Debian's `libjs-lunr` puts the minified library.
    public static let debianPath = "/usr/share/javascript/lunr/lunr.min.js"

    /// The library read from `url`, as an asset; a clear error, naming the package, when missing.
    static func asset(from url: URL) throws -> AssetCatalog.Asset {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BuildFailure(.error(
                "lunr.js, which the search page needs, is not installed (\(url.path))",
                at: SourceLocation(file: url.path),
                hint: "install Debian's package: apt-get install libjs-lunr (scripts/build-site and scripts/test do it for you)"))
        }
        return AssetCatalog.Asset(sourcePath: url.lastPathComponent, data: data)
    }
}
