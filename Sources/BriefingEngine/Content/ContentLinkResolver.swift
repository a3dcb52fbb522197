import Foundation

/// The rules for addresses written in a briefing's Markdown: other briefings and files in
/// `content/` become relative links to their place in `site/`; web pages become external links;
/// addresses that would break on `file://`, load a third-party resource or point nowhere are errors.
public struct ContentLinkResolver: Sendable {
    /// The page the Markdown is shown on, from the site's root (for example `briefings/x/index.html`).
    public var page: String
    /// The Markdown file's path inside the content folder.
    public var sourcePath: String
    /// Every briefing's slug.
    public var slugs: Set<String>
    /// Every non-Markdown file in the content folder.
    public var files: Set<String>
    /// The ids of the references that `ref:` links may cite.
    public var references: Set<String>
    /// Symbolic links in the content folder, which the build does not follow.
    public var symbolicLinks: Set<String>

    public init(
        page: String, sourcePath: String, slugs: Set<String>, files: Set<String>, references: Set<String> = [],
        symbolicLinks: Set<String> = []
    ) {
        self.page = page
        self.sourcePath = sourcePath
        self.slugs = slugs
        self.files = files
        self.references = references
        self.symbolicLinks = symbolicLinks
    }

    public func resolve(_ link: MarkdownLink) -> LinkTarget {
        let address = link.address
        if address.isEmpty || address.hasPrefix("#") { return .unchanged }
        if let scheme = Self.scheme(of: address) {
            switch scheme {
            case "http", "https":
                if link.isImage {
                    return reject(link, "images must be stored with the briefing, not loaded from another site",
                                  hint: "download the image into content/ and link to it with a relative path")
                }
                return .external(address)
            case "ref":
                let id = String(address.dropFirst("ref:".count))
                guard references.contains(id) else {
                    return reject(link, "there is no reference '\(id)'",
                                  hint: "cite one of: \(references.sorted().joined(separator: ", ")); references are listed in content/References.swift")
                }
                return .citation(referenceID: id, url: SitePaths.relative(from: page, to: SitePaths.references) + "#" + id)
            case "javascript", "vbscript":
                return reject(link, "a \(scheme): address runs code when it is followed, so it is not allowed",
                              hint: "link to a web page (https://…), another briefing (other.md) or a file in content/")
            case "data", "file":
                return reject(link, "a \(scheme): address would be removed from the page, leaving a link that goes nowhere",
                              hint: scheme == "data"
                                  ? "save the file in content/ and link to it with a relative path (images/chart.png)"
                                  : "copy the file into content/ and link to it with a relative path, or link to its https:// address")
            default:
                return .unchanged
            }
        }
        if address.hasPrefix("//") {
            return reject(link, "an address starting with // leaves the site without saying how",
                          hint: "write the full address starting with https://")
        }
        if address.hasPrefix("/") {
            return reject(link, "an address starting with / breaks when the site is opened from disk or a sub-folder",
                          hint: "link relative to this file, for example other-briefing.md or images/chart.png")
        }
        var path = address
        var fragment = ""
        if let hash = address.firstIndex(of: "#") {
            path = String(address[..<hash])
            fragment = String(address[hash...])
        }
        path = path.removingPercentEncoding ?? path
        guard let target = RelativePath.resolve(path, from: sourcePath), !target.isEmpty else {
            return reject(link, "'\(address)' points outside the content folder",
                          hint: "keep linked files inside content/")
        }
        if let symbolic = symbolicLinks.first(where: { target == $0 || target.hasPrefix($0 + "/") }) {
            return reject(link, "'\(address)' goes through \(symbolic), a symbolic link, which the build does not follow",
                          hint: "copy the file or folder into content/ in place of the link")
        }
        if target.lowercased().hasSuffix(".md") && !target.contains("/") {
            let slug = String(target.dropLast(3)).lowercased()
            guard slugs.contains(slug) else {
                return reject(link, "there is no briefing '\(target)'",
                              hint: "check the file name; briefings are the .md files directly inside content/")
            }
            return .site(SitePaths.relative(from: page, to: SitePaths.briefing(slug)) + fragment)
        }
        guard files.contains(target) else {
            return reject(link, "'\(address)' does not exist in the content folder",
                          hint: "check the spelling, or add the file to content/")
        }
        return .site(SitePaths.relative(from: page, to: SitePaths.contentFile(target)) + fragment)
    }

    private func reject(_ link: MarkdownLink, _ message: String, hint: String) -> LinkTarget {
        .rejected(.error(message, at: link.location, hint: hint, sourceLine: link.sourceLine))
    }

    /// The lower-cased scheme of an absolute address (`https`, `mailto`), or nil for a relative one.
    static func scheme(of address: String) -> String? {
        // By byte: a scheme is ASCII, and this runs for every link of every page.
        guard let colon = address.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let candidate = address.utf8[..<colon]
        let isLetter = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
        guard let first = candidate.first, isLetter(first),
              candidate.allSatisfy({ isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+-.".utf8.contains($0) })
        else { return nil }
        return Substring(candidate).lowercased()
    }
}
