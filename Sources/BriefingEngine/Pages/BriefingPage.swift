/// A briefing's own page: title, author and edition, then its panels as numbered cards.
enum BriefingPage {
    static func render(_ briefing: Briefing, layout: PageLayout) -> OutputFile {
        layout.page(
            SitePaths.briefing(briefing.slug), template: "briefing", title: briefing.title,
            context: ["briefing": context(briefing)])
    }

    /// The values every page about one briefing shows (the print handout reuses them).
    static func context(_ briefing: Briefing) -> [String: Any] {
        let description = briefing.description
        let optional: [String: Any?] = [
            "author": description?.author,
            "edition": description?.edition,
            "sourcesLastChecked": description?.sourcesLastChecked,
        ]
        return optional.compactMapValues { $0 }.merging([
            "title": briefing.title,
            "titleHTML": briefing.titleHTML,
            "introductionHTML": briefing.introductionHTML,
            "panels": briefing.panels.map { panel -> [String: Any] in
                [
                    "number": panel.number,
                    "id": panel.id,
                    "title": panel.title,
                    "titleHTML": panel.titleHTML,
                    "selfLinkHTML": SelfLink.html(id: panel.id, title: panel.title),
                    "bodyHTML": panel.bodyHTML,
                ]
            },
        ]) { first, _ in first }
    }
}
