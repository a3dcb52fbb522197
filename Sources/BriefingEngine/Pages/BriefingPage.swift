/// A briefing's own page: title, author and edition, then its panels as numbered cards.
enum BriefingPage {
    static func render(_ briefing: Briefing, layout: PageLayout) -> OutputFile {
        layout.page(
            SitePaths.briefing(briefing.slug), template: "briefing", title: briefing.title,
            context: ["briefing": context(briefing, review: ReviewSchedule(intervalMonths: layout.site.reviewIntervalMonths))],
            about: briefing)
    }

    /// The values every page about one briefing shows (the print handout reuses them).
    static func context(_ briefing: Briefing, review: ReviewSchedule) -> [String: Any] {
        let description = briefing.description
        let optional: [String: Any?] = [
            "author": description?.author,
            "edition": description?.edition,
            "sourcesLastChecked": description?.sourcesLastChecked,
            "reviewDue": description?.sourcesLastChecked.flatMap(CalendarDay.init).map { review.due(after: $0).description },
        ]
        var values = optional.compactMapValues { $0 }.merging([
            "title": briefing.title,
            "titleHTML": briefing.titleHTML,
            "introductionHTML": briefing.introductionHTML,
            "panels": briefing.panels.map(Self.values),
        ] as [String: Any]) { first, _ in first }
        if let questions = briefing.questions { values["questions"] = Self.values(questions) }
        return values
    }

    /// One panel's values. Its presenter notes (`notesHTML`) are for present mode's template only.
    static func values(_ panel: Briefing.Panel) -> [String: Any] {
        var values: [String: Any] = [
            "number": panel.number,
            "id": panel.id,
            "title": panel.title,
            "titleHTML": panel.titleHTML,
            "selfLinkHTML": SelfLink.html(id: panel.id, title: panel.title),
            "bodyHTML": panel.bodyHTML,
            "notesHTML": panel.notesHTML,
            "hasNotes": !panel.notesHTML.isEmpty,
            "hasFlowchart": panel.flowchart != nil,
        ]
        if let flowchart = panel.flowchart {
            values["flowchart"] = FlowchartContext.values(flowchart)
            values["flowchartSVG"] = FlowchartDiagram(flowchart)?.svg
        }
        return values
    }
}
