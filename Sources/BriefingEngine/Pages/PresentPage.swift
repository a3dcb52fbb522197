/// A briefing's present mode (`briefings/<slug>/present.html`), for a team leader presenting it
/// face to face in about seven minutes: one screen per panel in large type, after a title screen
/// (title, author, edition) and before a last screen that leads to the delivery record; the
/// questions for discussion, if any, are the screen before that. A screen's presenter notes are
/// under it, hidden until the presenter asks for them (`?notes` or the "Speaker notes" button).
///
/// Without JavaScript the screens are a sequence of full-height sections, each ending in a "next
/// panel" link to the next one's fragment. `templates/present.js` turns them into one screen at a
/// time (keys, buttons, the hash naming the screen, a live region announcing it) and adds the
/// seven-minute timer. Every screen is a `[data-slide]` section labelled by its heading, whose id
/// is the fragment naming it: the title screen's is `title-screen`, the last `record-this-session`,
/// each panel's its id on the briefing page.
enum PresentPage {
    /// The fragment ids of the first and last screens (reserved, so no heading takes them).
    static let titleScreenID = "title-screen"
    static let recordScreenID = "record-this-session"

    static func render(_ briefing: Briefing, layout: PageLayout) -> OutputFile {
        var values: [String: Any] = [
            "briefing": context(briefing, site: layout.site),
            "script": layout.assets["present_js"] ?? "",
            "stylesheet": layout.assets["present_css"] ?? "",
        ]
        // On the title screen, where the presenter reads it out, rather than above the screens.
        if let notice = StatusNotice.values(briefing, titles: layout.titles) { values["titleNotice"] = notice }
        return layout.page(SitePaths.present(briefing.slug), template: "present", title: "Present: \(briefing.title)", context: values)
    }

    /// The briefing page's values, and for each screen its position (`screen`, from 1), how the
    /// screen is announced (`screenLabel`) and the screen after it (`next`: `id` and `title`).
    /// The questions for discussion, when the briefing has them, are a screen after the last panel.
    static func context(_ briefing: Briefing, site: SiteDescription) -> [String: Any] {
        var values = BriefingPage.context(briefing, review: ReviewSchedule(intervalMonths: site.reviewIntervalMonths))
        var panels = values["panels"] as? [[String: Any]] ?? []
        let screenCount = panels.count + (briefing.questions == nil ? 2 : 3)
        let record: [String: Any] = ["id": recordScreenID, "isRecord": true]
        let afterPanels = briefing.questions.map { ["id": $0.id, "title": $0.title] } ?? record
        for index in panels.indices {
            let number = index + 1
            panels[index]["screen"] = number + 1
            panels[index]["screenLabel"] = "Panel \(number) of \(panels.count): \(briefing.panels[index].title)"
            panels[index]["next"] = index + 1 < panels.count
                ? ["id": briefing.panels[index + 1].id, "title": briefing.panels[index + 1].title] : afterPanels
        }
        values["panels"] = panels
        if var questions = values["questions"] as? [String: Any] {
            questions["screen"] = screenCount - 1
            questions["next"] = record
            values["questions"] = questions
        }
        values["screenCount"] = screenCount
        values["titleScreen"] = [
            "id": titleScreenID, "screen": 1, "notesHTML": briefing.introductionNotesHTML, "hasNotes": !briefing.introductionNotesHTML.isEmpty,
            "next": briefing.panels.first.map { ["id": $0.id, "title": $0.title] } ?? afterPanels,
        ] as [String: Any]
        values["recordScreen"] = ["id": recordScreenID, "screen": screenCount]
        return values
    }
}
