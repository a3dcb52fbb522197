import Foundation

/// Checks the Swift descriptions against the Markdown they describe: each names a briefing that
/// exists, at most once, with a valid slug and a real date. Errors point at the Swift call site.
enum DescriptionValidator {
    static func validate(_ site: SiteDescription, content: LoadedContent, contentName: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        let slugs = Set(content.briefings.map(\.slug))
        for description in site.briefings {
            let location = description.location
            if let first = seen[description.slug] {
                diagnostics.append(.error(
                    "briefing '\(description.slug)' is described twice (first at \(first))", at: location,
                    hint: "merge the two descriptions into one"))
                continue
            }
            seen[description.slug] = location
            guard Slug.isValid(description.slug) else {
                diagnostics.append(.error(
                    "'\(description.slug)' cannot be a briefing's slug", at: location,
                    hint: "use lower-case letters, digits and single hyphens: the name of its .md file without .md"))
                continue
            }
            if !slugs.contains(description.slug) {
                diagnostics.append(.error(
                    "there is no \(contentName)/\(description.slug).md for this description", at: location,
                    hint: "create the Markdown file, or correct the slug"))
            }
            if let date = description.sourcesLastChecked, CalendarDay(date) == nil {
                diagnostics.append(Diagnostic.error(
                    "'\(date)' is not a date in the form YYYY-MM-DD", at: location,
                    hint: "write the day the sources were last checked, for example \"2026-11-25\""
                ).pointing(at: "sourcesLastChecked"))
            }
        }
        if site.reviewIntervalMonths < 1 {
            diagnostics.append(.error(
                "the review interval must be at least one month", at: SourceLocation(file: "content"),
                hint: "set reviewIntervalMonths to 12 for a yearly review"))
        }
        return diagnostics
    }

    /// A warning at each briefing's Markdown file that no description names: without one it
    /// would lack its author, edition and review date without a word.
    static func undescribed(_ site: SiteDescription, content: LoadedContent, contentName: String) -> [Diagnostic] {
        let described = Set(site.briefings.map(\.slug))
        return content.briefings.filter { !described.contains($0.slug) }.map { briefing in
            .warning(
                "briefing '\(briefing.slug)' has no description in Swift, so its page and handout show no author, edition or review date",
                at: SourceLocation(file: briefing.displayPath, line: 1, column: 1),
                hint: "add BriefingDescription(\"\(briefing.slug)\", author: …, edition: …, sourcesLastChecked: …) to briefings: in \(contentName)/Site.swift")
        }
    }
}
