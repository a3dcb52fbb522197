import Foundation

/// `feed.xml`, an Atom feed of the newest briefings (published or updated) with their summaries,
/// so that practitioners and partner agencies learn when one appears or changes. Made only when
/// the site's `baseURL` is known: a feed reader needs absolute addresses. Its dates come from the
/// descriptions, never from the clock, so two builds give the same bytes.
enum FeedFile {
    static let entriesShown = 50

    static func render(_ briefings: [Briefing], site: SiteDescription) -> OutputFile? {
        guard let base = site.baseURL.map(absoluteBase) else { return nil }
        let entries = LibraryEntry.newest(briefings.map(LibraryEntry.init), limit: entriesShown)
        guard let latest = entries.first?.day else { return nil }
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>\(escape(site.title))</title>
        <subtitle>\(escape(site.tagline))</subtitle>
        <id>\(escape(base + SitePaths.feed))</id>
        <link rel="self" href="\(escape(base + SitePaths.feed))"/>
        <link rel="alternate" type="text/html" href="\(escape(base + SitePaths.index))"/>
        <updated>\(timestamp(latest))</updated>

        """
        for entry in entries {
            guard let day = entry.day else { continue }  // `newest` keeps only dated briefings
            let address = base + SitePaths.briefing(entry.briefing.slug)
            let description = entry.briefing.description
            xml += "<entry>\n<title>\(escape(entry.briefing.title))</title>\n"
            xml += "<id>\(escape(address))</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(address))\"/>\n"
            xml += "<updated>\(timestamp(day))</updated>\n"
            if let published = description?.published.flatMap(CalendarDay.init) {
                xml += "<published>\(timestamp(published))</published>\n"
            }
            xml += "<author><name>\(escape(description?.author ?? site.title))</name></author>\n"
            xml += "<summary>\(escape(entry.summary))</summary>\n</entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: SitePaths.feed, text: xml)
    }

    static func absoluteBase(_ baseURL: String) -> String { baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

    /// Midnight UTC of the day: Atom wants a time, and the descriptions give days.
    static func timestamp(_ day: CalendarDay) -> String { "\(day.description)T00:00:00Z" }

    static func escape(_ text: String) -> String { HTMLEscaping.attribute(text) }
}
