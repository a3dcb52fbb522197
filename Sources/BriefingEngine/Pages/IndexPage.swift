/// The home page: what is new or updated, then the briefings grouped by topic (each group shows a
/// few and links to its topic's full list), then the audiences. With hundreds of briefings it
/// stays short: each group and the "new" list are capped, and every briefing is reached through
/// the A–Z and topic lists.
enum IndexPage {
    /// Briefings shown in the "new and updated" list, and in each topic's group.
    static let newestShown = 10
    static let perGroupShown = 6

    static func render(_ briefings: [Briefing], layout: PageLayout) -> OutputFile {
        let page = SitePaths.index
        let entries = LibraryEntry.alphabetical(briefings.map(LibraryEntry.init))
        let newest = LibraryEntry.newest(entries, limit: newestShown).map(\.values)
        var groups: [[String: Any]] = layout.site.topics.compactMap { topic in
            let members = entries.filter { $0.briefing.description?.topics.contains(topic) ?? false }
            guard !members.isEmpty else { return nil }
            return group(topic.name, members, url: SitePaths.topic(topic.id))
        }
        let filed = Set(layout.site.topics)
        let unfiled = entries.filter { Set($0.briefing.description?.topics ?? []).isDisjoint(with: filed) }
        if !unfiled.isEmpty {
            groups.append(group(groups.isEmpty ? "Briefings" : "Other briefings", unfiled, url: nil))
        }
        let audiences: [[String: Any]] = layout.site.audiences.compactMap { audience in
            let count = entries.filter { $0.briefing.description?.audiences.contains(audience) ?? false }.count
            return count == 0 ? nil : ["name": audience.name, "url": SitePaths.audience(audience.id), "countText": countText(count)]
        }
        return layout.page(
            page, template: "index", title: layout.site.title,
            context: [
                "newest": newest, "hasNewest": !newest.isEmpty,
                "groups": groups, "hasBriefings": !entries.isEmpty,
                "audiences": audiences, "hasAudiences": !audiences.isEmpty,
                "allURL": SitePaths.allBriefings(), "countText": countText(entries.count),
            ])
    }

    private static func group(_ name: String, _ members: [LibraryEntry], url: String?) -> [String: Any] {
        var values: [String: Any] = [
            "name": name,
            "briefings": members.prefix(perGroupShown).map(\.values),
            "countText": countText(members.count),
        ]
        if let url { values["url"] = url }
        if members.count > perGroupShown { values["moreURL"] = url ?? SitePaths.allBriefings() }
        return values
    }

    static func countText(_ count: Int) -> String { count == 1 ? "1 briefing" : "\(count) briefings" }
}
