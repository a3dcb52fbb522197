/// A briefing ready to be shown: its Markdown rendered and split into numbered panels, joined with
/// what its Swift description adds. Every page kind (briefing, print, wizard) reads this.
public struct Briefing: Sendable {
    /// One of the briefing's short sections ("Background", "The 7 golden rules"), shown as a
    /// numbered card.
    public struct Panel: Sendable {
        public var number: Int
        public var id: String
        public var title: String
        public var titleHTML: String
        public var bodyHTML: String
        /// The presenter's notes (`PresenterNotes`), shown under the panel in present mode only.
        public var notesHTML: String
        /// The flowchart drawn in this panel: the one whose title is the panel's heading.
        public var flowchart: Flowchart?
        /// The first numbered list under the heading, read from cmark's tree.
        public var numberedList: NumberedList?
        /// Where the panel's heading is, for diagnostics.
        public var location: SourceLocation
        /// The heading's line of Markdown, quoted under a warning about the panel (`DiscussionQuestions`,
        /// and `HandoutQuestionsCheck` after the Markdown itself is let go).
        public var headingLine: String?
    }

    public var slug: String
    /// Its Markdown file's path inside the content folder, against which its links resolve. The
    /// Markdown itself is not kept: once rendered it is not read again, and at thousands of
    /// briefings it was a tenth of the build's memory.
    public var sourcePath: String
    public var title: String
    public var titleHTML: String
    /// One plain-text paragraph for the list of briefings.
    public var summary: String
    public var introductionHTML: String
    /// The presenter's notes before the first panel, shown on present mode's title screen.
    public var introductionNotesHTML: String
    /// The numbered panels, in order; the questions for discussion are not among them.
    public var panels: [Panel]
    /// The last panel when it is headed "Questions for discussion" and has questions under it
    /// (`DiscussionQuestions`): shown apart from the numbered panels, on the page, the handout
    /// (when it fits) and in present mode.
    public var questions: Panel?
    /// The panel whose numbered list is the briefing's rules, which outcomes point to by number:
    /// the one its description names (`rulesPanel:`); nil when it names none.
    public var rulesPanel: Panel?
    /// Every reference its Markdown cites, with the exact place (its flowcharts' citations are
    /// placed on their decision aids: `WizardFlow.citations`).
    public var citations: [Citation]
    public var description: BriefingDescription?
    /// Every word of its text once, as search indexes it (`SearchWords` of the whole Markdown),
    /// separated by spaces: one string per briefing rather than hundreds, kept until the search
    /// data is written.
    public var words: String
}
