/// The home page: every briefing with its summary, in title order.
enum IndexPage {
    static func render(_ briefings: [Briefing], layout: PageLayout) -> OutputFile {
        let items: [[String: Any]] = briefings.map { briefing in
            let item: [String: Any?] = [
                "title": briefing.title,
                "summary": briefing.summary,
                "url": SitePaths.briefing(briefing.slug),
                "author": briefing.description?.author,
                "panelCount": briefing.panels.count,
            ]
            return item.compactMapValues { $0 }
        }
        return layout.page(
            SitePaths.index, template: "index", title: layout.site.title,
            context: ["briefings": items, "hasBriefings": !items.isEmpty])
    }
}
