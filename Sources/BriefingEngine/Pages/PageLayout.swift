/// Wraps a page kind's template in `layout.mustache` and gives every template the values all pages
/// share: the site's name, the way back to the root (`root`), and the published asset paths.
public struct PageLayout: Sendable {
    public var templates: TemplateSet
    public var site: SiteDescription
    public var assets: [String: String]

    public init(templates: TemplateSet, site: SiteDescription, assets: [String: String]) {
        self.templates = templates
        self.site = site
        self.assets = assets
    }

    /// Renders `template` with `context` into the layout, as the page at `path`.
    /// - Parameter root: overrides the relative way back to the root (the 404 page uses the base URL).
    public func page(
        _ path: String, template: String, title: String, context: [String: Any] = [:], root: String? = nil
    ) -> OutputFile {
        var values = context
        values["root"] = root ?? SitePaths.root(from: path)
        values["site"] = ["title": site.title, "tagline": site.tagline]
        values["assets"] = assets
        values["pageTitle"] = title
        values["isHome"] = path == SitePaths.index
        values["content"] = templates.render(template, values)
        return OutputFile(path: path, text: templates.render("layout", values))
    }
}
