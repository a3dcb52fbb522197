/// A list of briefings A–Z — all of them, one topic's or one audience's — split into pages of
/// `perPage` so that no page grows past the size budget however large the library gets.
enum ListingPage {
    static let perPage = 50

    /// The pages of one list. `path(n)` is the address of page n (from 1).
    static func render(
        title: String, lead: String, entries: [LibraryEntry], path: (Int) -> String, layout: PageLayout
    ) -> [OutputFile] {
        let sorted = LibraryEntry.alphabetical(entries)
        let pageCount = max(1, (sorted.count + perPage - 1) / perPage)
        return (1...pageCount).map { number in
            let page = path(number)
            let slice = sorted.dropFirst((number - 1) * perPage).prefix(perPage)
            var context: [String: Any] = [
                "title": title, "lead": lead,
                "briefings": slice.map(\.values),
                "hasBriefings": !slice.isEmpty,
                "countText": IndexPage.countText(sorted.count),
            ]
            if pageCount > 1 {
                var pagination: [String: Any] = ["text": "Page \(number) of \(pageCount)"]
                if number > 1 { pagination["previousURL"] = path(number - 1) }
                if number < pageCount { pagination["nextURL"] = path(number + 1) }
                context["pagination"] = pagination
            }
            let pageTitle = pageCount > 1 ? "\(title) (page \(number) of \(pageCount))" : title
            return layout.page(page, template: "listing", title: pageTitle, context: context)
        }
    }

    /// Every list of the library: all briefings, then each declared topic and audience.
    static func renderAll(_ briefings: [Briefing], layout: PageLayout) -> [OutputFile] {
        let entries = briefings.map(LibraryEntry.init)
        var files = render(
            title: "All briefings", lead: "Every briefing, A to Z.", entries: entries,
            path: { SitePaths.allBriefings(page: $0) }, layout: layout)
        for topic in layout.site.topics {
            files += render(
                title: topic.name, lead: "Briefings on \(topic.name.lowercasedFirst).",
                entries: entries.filter { $0.briefing.description?.topics.contains(topic) ?? false },
                path: { SitePaths.topic(topic.id, page: $0) }, layout: layout)
        }
        for audience in layout.site.audiences {
            files += render(
                title: "For \(audience.name.lowercasedFirst)", lead: "Briefings written for \(audience.name.lowercasedFirst).",
                entries: entries.filter { $0.briefing.description?.audiences.contains(audience) ?? false },
                path: { SitePaths.audience(audience.id, page: $0) }, layout: layout)
        }
        return files
    }
}

extension String {
    /// "Social care" in the middle of a sentence: "social care". Leaves acronyms ("NHS") alone.
    var lowercasedFirst: String {
        guard let first, first.isUppercase, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
