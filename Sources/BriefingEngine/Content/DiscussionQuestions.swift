/// The questions a team discusses after a briefing is presented: a briefing may end with a panel
/// headed `## Questions for discussion` (a list). It is not numbered with the other panels; the
/// briefing page shows it apart, the handout shows it when it still fits on one page, and present
/// mode shows it as the last screen before the delivery record.
///
/// Only the last panel counts: one with this heading anywhere else is an ordinary panel, with a
/// warning at its line. One with no questions (nothing a reader would see under the heading: no
/// text, white space, an empty list, presenter notes only) is left out everywhere, as if it were
/// not there, with a warning at its line: an empty box titled "Questions for discussion" on the
/// page, the handout or a screen of its own would only say that something is missing.
enum DiscussionQuestions {
    /// The heading that marks the panel (its id on the page is `questions-for-discussion`).
    static let heading = "Questions for discussion"
    static let id = "questions-for-discussion"

    /// Splits the questions panel off the end of `panels` (numbering is unchanged, as it is last), and
    /// returns the numbered panels, the questions panel if it has any questions, and a warning for
    /// each misuse, quoting the panel's heading line.
    static func split(_ panels: [Briefing.Panel]) -> (panels: [Briefing.Panel], questions: Briefing.Panel?, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        for panel in panels.dropLast() where isQuestions(panel) {
            warnings.append(.warning(
                "'## \(panel.title)' is not the last panel, so it is shown as an ordinary numbered panel",
                at: panel.location, hint: "move the questions for discussion to the end of the briefing", sourceLine: panel.headingLine))
        }
        guard let last = panels.last, isQuestions(last) else { return (panels, nil, warnings) }
        guard hasQuestions(last) else {
            warnings.append(.warning(
                "'## \(last.title)' has no questions under it, so it is left out of the briefing page, the handout and present mode",
                at: last.location,
                hint: "list the questions under it ('- How would you …?'), or remove the heading", sourceLine: last.headingLine))
            return (Array(panels.dropLast()), nil, warnings)
        }
        return (Array(panels.dropLast()), last, warnings)
    }

    /// Whether `panel` shows a reader any text under its heading (its presenter notes are not shown
    /// on the page or the handout, so they do not count).
    static func hasQuestions(_ panel: Briefing.Panel) -> Bool {
        !HandoutFit.visibleText(of: panel.bodyHTML).isEmpty
    }

    /// Whether `panel` is named "Questions for discussion", as `PanelFinder` matches a name (the
    /// heading's text, or its id `questions-for-discussion`).
    static func isQuestions(_ panel: Briefing.Panel) -> Bool {
        let finder = PanelFinder(panels: [panel], file: panel.location.file)
        return (finder.panel(named: heading) ?? finder.panel(named: id)) != nil
    }
}
