/// The plan's check that each briefing's questions for discussion are on its one-page handout:
/// `PrintPage` leaves them off when the handout would not fit one page with them, and says so on
/// the handout (`data-questions-left-off`, read by `HandoutFit.handout`). Only the rendered
/// handout knows, so this runs on the planned files; the warning is at the briefing's
/// `## Questions for discussion` heading, the text the author would cut or move.
struct HandoutQuestionsCheck {
    /// The budget `PrintPage` decides with.
    var budget = HandoutFit.Budget.standard

    /// A warning for each of `briefings` whose handout among `files` left its questions off.
    func warnings(for briefings: [Briefing], files: [OutputFile]) -> [Diagnostic] {
        let handouts = Dictionary(
            files.lazy.filter { SitePaths.handoutSlug($0.path) != nil }.map { ($0.path, $0) },
            uniquingKeysWith: { first, _ in first })
        return briefings.compactMap { briefing in
            guard let questions = briefing.questions, let page = handouts[SitePaths.handout(briefing.slug)] else { return nil }
            let handout = HandoutFit.handout(briefing.slug, page: page)
            guard let characters = handout.questionsLeftOff else { return nil }
            let allowed = budget.characters(for: handout)
            return .warning(
                "the questions for discussion are left off the one-page handout of \u{201C}\(briefing.title)\u{201D}: with them it would have about \(characters) characters, and about \(allowed) fit",
                at: questions.location,
                hint: "cut about \(characters - allowed) characters from the panels or the questions to print them; "
                    + "the briefing page and present mode show them either way",
                sourceLine: questions.headingLine)
        }
    }
}
