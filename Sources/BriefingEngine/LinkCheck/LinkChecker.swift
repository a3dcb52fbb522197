import Foundation

/// Checks the generated site before it is written: every relative link or source on every page
/// names a generated file, every `#fragment` an id on that page, and every address of another
/// site has the form `https://host/…`. A broken link fails the build naming the page and link.
enum LinkChecker {
    static func check(_ files: [OutputFile], outputName: String) -> [Diagnostic] {
        let paths = Set(files.map(\.path))
        var ids: [String: Set<String>] = [:]
        var links: [(page: String, attribute: HTMLAttributeScanner.Attribute)] = []
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            var pageIDs: Set<String> = []
            for attribute in HTMLAttributeScanner.attributes(in: html) {
                switch attribute.name {
                case "id": pageIDs.insert(attribute.value)
                case "href", "src", "action": links.append((file.path, attribute))
                default: break
                }
            }
            ids[file.path] = pageIDs
        }
        var diagnostics: [Diagnostic] = []
        for (page, attribute) in links {
            let location = SourceLocation(file: outputName + "/" + page, line: attribute.line)
            if let problem = problem(with: attribute.value, on: page, paths: paths, ids: ids) {
                diagnostics.append(.error(
                    "\(attribute.tag) \(attribute.name)=\"\(attribute.value)\" \(problem)", at: location,
                    hint: "correct the link in the Markdown or template that made this page"))
            }
        }
        return diagnostics
    }

    private static func problem(with link: String, on page: String, paths: Set<String>, ids: [String: Set<String>]) -> String? {
        if let scheme = ContentLinkResolver.scheme(of: link) {
            switch scheme {
            case "http", "https": return ExternalAddress.problem(with: link)
            case "mailto", "tel", "data": return nil
            default: return "uses the scheme '\(scheme):', which the site does not allow"
            }
        }
        if link.hasPrefix("/") { return "starts with /, which breaks on file:// and sub-paths" }
        var path = link
        var fragment: String?
        if let hash = link.firstIndex(of: "#") {
            path = String(link[..<hash])
            fragment = String(link[link.index(after: hash)...])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        var target = page
        if !path.isEmpty {
            guard let resolved = RelativePath.resolve(path.removingPercentEncoding ?? path, from: page) else {
                return "points outside the site"
            }
            if path.hasSuffix("/") { return "names a folder; link to its index.html so it works from file://" }
            guard paths.contains(resolved) else { return "names \(resolved), which the build does not make" }
            target = resolved
        }
        if let fragment, !fragment.isEmpty {
            let id = fragment.removingPercentEncoding ?? fragment
            guard target.hasSuffix(".html") else { return nil }
            if ids[target]?.contains(id) != true { return "names #\(id), which is not an id on \(target)" }
        }
        return nil
    }
}
