import Foundation

/// `search/index.html` and its data: a form that finds briefings by any word, made by
/// `templates/search.js` with lunr once the page has loaded, offline and without a server. Without
/// JavaScript the page says search needs it and lists the topics instead.
enum SearchPage {
    static func render(_ briefings: [Briefing], layout: PageLayout) throws -> [OutputFile] {
        let script = try SearchData(briefings).script()
        let data = OutputFile(path: SitePaths.searchData(hash: ContentHash.hex(script)), data: script)
        let topics = layout.site.topics.map { ["name": $0.name, "url": SitePaths.topic($0.id)] }
        let page = layout.page(
            SitePaths.search, template: "search", title: "Search briefings",
            context: [
                "dataURL": data.path, "topics": topics, "hasTopics": !topics.isEmpty,
                "allBriefingsURL": SitePaths.allBriefings(), "pageStylesheet": layout.assets["search_css"] ?? "",
            ])
        return [data, page]
    }
}
