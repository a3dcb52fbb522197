/// One briefing as the library's lists show it: title, summary, the day it was last published or
/// updated, and its status. Lists are sorted by these values alone, so they come out the same
/// on every build.
struct LibraryEntry {
    var briefing: Briefing
    var summary: String
    /// The later of the published and updated days, if either is known.
    var day: CalendarDay?
    var isUpdate: Bool

    init(_ briefing: Briefing) {
        self.briefing = briefing
        let description = briefing.description
        summary = description?.summary ?? briefing.summary
        let published = description?.published.flatMap(CalendarDay.init)
        let updated = description?.updated.flatMap(CalendarDay.init)
        day = updated ?? published
        isUpdate = updated != nil
    }

    var isListed: Bool { briefing.description?.status.isListed ?? true }

    /// Values for the list templates.
    var values: [String: Any] {
        var values: [String: Any] = [
            "title": briefing.title,
            "url": SitePaths.briefing(briefing.slug),
            "summary": summary,
        ]
        if let day { values["dateText"] = (isUpdate ? "Updated " : "Published ") + day.description.readableDay }
        if let day { values["datetime"] = day.description }
        if let author = briefing.description?.author { values["author"] = author }
        if let statusText { values["statusText"] = statusText }
        return values
    }

    /// The tag a list shows beside the title of a briefing that is not simply current.
    var statusText: String? {
        switch briefing.description?.status ?? .current {
        case .underReview: "Under review"
        case .superseded: "Replaced"
        case .current, .withdrawn: nil
        }
    }

    /// Every listed briefing, newest first, then by title; those without a day are left out.
    static func newest(_ entries: [LibraryEntry], limit: Int) -> [LibraryEntry] {
        Array(entries.filter { $0.isListed && $0.day != nil }.sorted { lhs, rhs in
            if lhs.day != rhs.day { return lhs.day! > rhs.day! }
            return (lhs.briefing.title, lhs.briefing.slug) < (rhs.briefing.title, rhs.briefing.slug)
        }.prefix(limit))
    }

    /// Listed briefings A–Z by title (then slug, for identical titles).
    static func alphabetical(_ entries: [LibraryEntry]) -> [LibraryEntry] {
        entries.filter(\.isListed).sorted { ($0.briefing.title, $0.briefing.slug) < ($1.briefing.title, $1.briefing.slug) }
    }
}
