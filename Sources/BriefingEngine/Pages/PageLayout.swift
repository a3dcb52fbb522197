/// Wraps a page kind's template in `layout.mustache` and gives every template the values all pages
/// share: the site's name, the way back to the root (`root`), and the published asset paths.
public struct PageLayout: Sendable {
    public var templates: TemplateSet
    public var site: SiteDescription
    public var assets: [String: String]
    /// Every briefing's title by slug, for notices that name another briefing.
    public var titles: [String: String]
    /// Whether the site has `feed.xml` (it needs a `baseURL`), linked then from every page's head.
    public var hasFeed: Bool

    public init(
        templates: TemplateSet, site: SiteDescription, assets: [String: String],
        titles: [String: String] = [:], hasFeed: Bool = false
    ) {
        self.templates = templates
        self.site = site
        self.assets = assets
        self.titles = titles
        self.hasFeed = hasFeed
    }

    /// Renders `template` with `context` into the layout, as the page at `path`.
    /// - Parameter root: overrides the relative way back to the root (the 404 page uses the base URL).
    /// - Parameter about: the briefing the page is about, whose status notice (if any) tops the page.
    public func page(
        _ path: String, template: String, title: String, context: [String: Any] = [:], root: String? = nil,
        about briefing: Briefing? = nil
    ) -> OutputFile {
        var values = shared(context, root: root ?? SitePaths.root(from: path))
        if let briefing, let notice = StatusNotice.values(briefing, titles: titles) { values["notice"] = notice }
        values["pageTitle"] = title
        values["isHome"] = path == SitePaths.index
        if hasFeed { values["feedURL"] = SitePaths.feed }
        if site.baseURL != nil { values["sitemapURL"] = SitePaths.sitemap }
        values["content"] = templates.render(template, values)
        return OutputFile(path: path, text: templates.render("layout", values))
    }

    /// Renders the template `template` (a partial) with `context` as it would render inside the page
    /// at `path`, without the layout: for markup the wizard's script inserts into such a page.
    public func fragment(_ template: String, at path: String, context: [String: Any]) -> String {
        templates.render(template, shared(context, root: SitePaths.root(from: path)))
    }

    /// `context` with the values every template may use: `root`, `site` and `assets`.
    private func shared(_ context: [String: Any], root: String) -> [String: Any] {
        var values = context
        values["root"] = root
        values["site"] = ["title": site.title, "tagline": site.tagline]
        values["assets"] = assets
        return values
    }
}
