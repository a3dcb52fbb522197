/// Checks what a library needs to file and date each briefing: every topic and audience declared
/// once in the site, real days, an update no earlier than the first publication, a superseded
/// briefing naming what replaces it, and no two briefings with the same title. Errors point at
/// the description's call site, all of them together.
enum MetadataValidator {
    static func validate(_ site: SiteDescription, titles: [String: String]) -> [Diagnostic] {
        var diagnostics = declarations(site.topics.map { ($0.id, $0.location) }, kind: "topic")
        diagnostics += declarations(site.audiences.map { ($0.id, $0.location) }, kind: "audience")
        let topics = Set(site.topics)
        let audiences = Set(site.audiences)
        let slugs = Set(site.briefings.map(\.slug))
        for description in site.briefings {
            let at = description.location
            for topic in description.topics where !topics.contains(topic) {
                diagnostics.append(.error(
                    "topic '\(topic.id)' is not declared in the site's topics", at: at,
                    hint: "add .\(topic.id.camelCased) to topics: in content/Site.swift, or file the briefing under a declared topic"))
            }
            for audience in description.audiences where !audiences.contains(audience) {
                diagnostics.append(.error(
                    "audience '\(audience.id)' is not declared in the site's audiences", at: at,
                    hint: "add .\(audience.id.camelCased) to audiences: in content/Site.swift"))
            }
            let published = day(description.published, named: "published", at: at, into: &diagnostics)
            let updated = day(description.updated, named: "updated", at: at, into: &diagnostics)
            if let published, let updated, updated < published {
                diagnostics.append(.error(
                    "updated \(updated) is before published \(published)", at: at,
                    hint: "a briefing is updated after it is first published: correct one of the two days"))
            }
            if let edition = description.replacedEdition {
                _ = day(edition.since, named: "the newer edition's", at: at, into: &diagnostics)
                if !edition.address.hasPrefix("https://") {
                    diagnostics.append(.error(
                        "the newer edition's address '\(edition.address)' is not an https:// address", at: at,
                        hint: "give the address where readers find the newer edition"))
                }
            }
            switch description.status {
            case .current: break
            case .underReview(let since):
                _ = day(since, named: "under review since", at: at, into: &diagnostics)
            case .withdrawn(let since, _):
                _ = day(since, named: "withdrawn since", at: at, into: &diagnostics)
            case .superseded(let replacement, let since):
                _ = day(since, named: "superseded since", at: at, into: &diagnostics)
                switch replacement {
                case .briefing(let slug) where slug == description.slug || !slugs.contains(slug):
                    diagnostics.append(.error(
                        "briefing '\(description.slug)' is superseded by '\(slug)', which is not another briefing of this site", at: at,
                        hint: "name the slug of the briefing that replaces it, or .publication(title, address:)"))
                case .publication(let title, let address) where title.isEmpty || !address.hasPrefix("https://"):
                    diagnostics.append(.error(
                        "a superseded briefing needs what replaces it: a title and an https:// address", at: at,
                        hint: "write .superseded(by: .publication(\"Title\", address: \"https://…\"), since: \"YYYY-MM-DD\")"))
                default: break
                }
            }
        }
        var byTitle: [String: String] = [:]
        for description in site.briefings {
            guard let title = titles[description.slug] else { continue }
            if let first = byTitle[title] {
                diagnostics.append(.error(
                    "briefing '\(description.slug)' has the same title as '\(first)': \"\(title)\"", at: description.location,
                    hint: "give each briefing its own title (its first # heading), so readers can tell them apart in lists"))
            } else {
                byTitle[title] = description.slug
            }
        }
        return diagnostics
    }

    /// A topic or audience id declared twice, or not a slug.
    private static func declarations(_ items: [(id: String, location: SourceLocation)], kind: String) -> [Diagnostic] {
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for item in items {
            if !Slug.isValid(item.id) {
                diagnostics.append(.error(
                    "'\(item.id)' cannot be a \(kind)'s id", at: item.location,
                    hint: "use lower-case letters, digits and single hyphens: it becomes the \(kind)'s address"))
            }
            if !seen.insert(item.id).inserted {
                diagnostics.append(.error(
                    "\(kind) '\(item.id)' is declared twice", at: item.location, hint: "keep one declaration"))
            }
        }
        return diagnostics
    }

    private static func day(_ text: String?, named name: String, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> CalendarDay? {
        guard let text else { return nil }
        if let day = CalendarDay(text) { return day }
        diagnostics.append(.error(
            "\(name) day '\(text)' is not a real day in the form YYYY-MM-DD", at: location,
            hint: "write a day that exists, for example \"2024-04-19\""))
        return nil
    }
}

private extension String {
    /// `information-sharing` as the Swift member name an author would write, `informationSharing`.
    var camelCased: String {
        let parts = split(separator: "-")
        return (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
