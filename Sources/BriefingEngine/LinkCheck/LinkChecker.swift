import Foundation

/// Checks the generated site before it replaces the old one: every relative link or source on every page
/// names a generated file, every `#fragment` an id on that page, and every address of another
/// site has the form `https://host/…`. A broken link fails the build naming the page and link.
enum LinkChecker {
    /// Every link of `pages` checked against `paths` (every file the build makes) and the ids of
    /// every page, on every core; the diagnostics come in page order.
    /// - Parameter notFoundRoot: the path `404.html`'s links start with (`NotFoundPage`): hosts show
    ///   it at any depth, so its links are the only ones that start with `/`.
    static func check(_ pages: [PageLinks], paths: Set<String>, outputName: String, notFoundRoot: String = "/") async -> [Diagnostic] {
        var byPath: [String: PageLinks] = [:]
        for page in pages { byPath[page.path] = page }
        return await pages.concurrentMap { [byPath] page in
            page.links.compactMap { attribute -> Diagnostic? in
                var link = attribute.value
                if page.path == SitePaths.notFound, !link.hasPrefix("#"), ContentLinkResolver.scheme(of: link) == nil {
                    guard link.hasPrefix(notFoundRoot) else { return .error(
                        "\(attribute.tag) \(attribute.name)=\"\(link)\" does not start with \(notFoundRoot), where the site is served from",
                        at: SourceLocation(file: outputName + "/" + page.path, line: attribute.line),
                        hint: "hosts show 404.html at any depth: start its links with {{root}}") }
                    link = String(link.dropFirst(notFoundRoot.count))
                }
                guard let problem = problem(with: link, on: page.path, paths: paths, pages: byPath) else { return nil }
                return .error(
                    "\(attribute.tag) \(attribute.name)=\"\(attribute.value)\" \(problem)",
                    at: SourceLocation(file: outputName + "/" + page.path, line: attribute.line),
                    hint: "correct the link in the Markdown or template that made this page")
            }
        }.flatMap { $0 }
    }

    private static func problem(with link: String, on page: String, paths: Set<String>, pages: [String: PageLinks]) -> String? {
        if let scheme = ContentLinkResolver.scheme(of: link) {
            switch scheme {
            case "http", "https": return ExternalAddress.problem(with: link)
            case "mailto", "tel", "data": return nil
            default: return "uses the scheme '\(scheme):', which the site does not allow"
            }
        }
        if link.hasPrefix("/") { return "starts with /, which breaks on file:// and sub-paths" }
        // Cut at the bytes "#" and "?", as a browser cuts (by code point; by `Character` was slower).
        var path = Substring(link)
        var fragment: Substring?
        if let hash = link.utf8.firstIndex(of: UInt8(ascii: "#")) {
            path = Substring(link.utf8[..<hash])
            fragment = Substring(link.utf8[link.utf8.index(after: hash)...])
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = Substring(path.utf8[..<query]) }
        var target = page
        if !path.isEmpty {
            guard let resolved = RelativePath.resolve(percentDecoded(String(path)), from: page) else {
                return "points outside the site"
            }
            if path.hasSuffix("/") { return "names a folder; link to its index.html so it works from file://" }
            guard paths.contains(resolved) else { return "names \(resolved), which the build does not make" }
            target = resolved
        }
        if let fragment, !fragment.isEmpty {
            let id = percentDecoded(String(fragment))
            guard target.hasSuffix(".html") else { return nil }
            if pages[target]?.hasID(id) != true { return "names #\(id), which is not an id on \(target)" }
        }
        return nil
    }

    /// `removingPercentEncoding`, which leaves text without a `%` as it is, without bridging every
    /// link to Foundation when there is nothing to decode.
    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }
}
