/// Where the library's lists live: every briefing A–Z, one list per topic and per audience (each
/// split into numbered pages), and the feed and sitemap.
extension SitePaths {
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"

    /// Page `number` (from 1) of every briefing, A–Z.
    public static func allBriefings(page number: Int = 1) -> String { listPage("briefings", number) }
    public static func topic(_ id: String, page number: Int = 1) -> String { listPage("topics/\(id)", number) }
    public static func audience(_ id: String, page number: Int = 1) -> String { listPage("audiences/\(id)", number) }

    private static func listPage(_ folder: String, _ number: Int) -> String {
        number == 1 ? "\(folder)/index.html" : "\(folder)/page-\(number).html"
    }
}
