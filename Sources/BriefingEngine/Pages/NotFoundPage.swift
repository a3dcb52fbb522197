import Foundation

/// `404.html`, which static hosts show for a missing address at any depth (`nothing.html` and
/// `briefings/<slug>/<flowchart-id>/a-9-9.html` alike), so its links cannot be relative: they
/// start at the path the site is served from, `/`, or the path of the `baseURL` when one is set
/// (`https://example.org/safeguarding` gives `/safeguarding/`). Only the path is used, so the page
/// loads nothing from another host when the site is previewed elsewhere. A site served under a
/// sub-path without a `baseURL` has a 404 page without its look (the README says so).
enum NotFoundPage {
    static func render(layout: PageLayout) -> OutputFile {
        layout.page(SitePaths.notFound, template: "404", title: "Page not found", root: root(baseURL: layout.site.baseURL))
    }

    /// Where the links of `404.html` start: `/`, or the path of `baseURL` ending in `/`.
    static func root(baseURL: String?) -> String {
        let path = baseURL.flatMap { URLComponents(string: $0)?.percentEncodedPath } ?? ""
        let absolute = path.hasPrefix("/") ? path : "/" + path
        return absolute.hasSuffix("/") ? absolute : absolute + "/"
    }
}
