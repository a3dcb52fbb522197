/// `404.html`, which static hosts show for a missing address. A host serves it at any depth, so its
/// links start from the site's base URL when one is set (relative links only work at the top).
enum NotFoundPage {
    static func render(layout: PageLayout) -> OutputFile {
        var root: String?
        if let base = layout.site.baseURL { root = base.hasSuffix("/") ? base : base + "/" }
        return layout.page(SitePaths.notFound, template: "404", title: "Page not found", root: root)
    }
}
