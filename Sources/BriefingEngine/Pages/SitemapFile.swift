/// `sitemap.xml` for search engines, made only when the site's `baseURL` is known: the home page,
/// every list and every briefing that is still listed, in a fixed order.
enum SitemapFile {
    static func render(paths: [String], site: SiteDescription) -> OutputFile? {
        guard let baseURL = site.baseURL else { return nil }
        let base = FeedFile.absoluteBase(baseURL)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "<url><loc>\(FeedFile.escape(base + path))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: SitePaths.sitemap, text: xml)
    }
}
