/// Where each kind of page and file lives in `site/`, and how one page links to another with a
/// relative address, so the site works from any sub-path and from `file://`.
public enum SitePaths {
    public static let index = "index.html"
    public static let notFound = "404.html"
    public static let marker = ".briefing-site"
    public static let references = "references/index.html"

    public static func briefing(_ slug: String) -> String { "briefings/\(slug)/index.html" }
    /// A file copied from `content/` that a briefing links to.
    public static func contentFile(_ relativePath: String) -> String { "files/\(relativePath)" }
    public static func asset(_ hashedName: String) -> String { "assets/\(hashedName)" }

    /// The prefix that leads from `page` back to the site's root: `../../` for `briefings/x/index.html`.
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// `target` (a path from the site's root) as seen from `page`.
    public static func relative(from page: String, to target: String) -> String {
        root(from: page) + target
    }
}
