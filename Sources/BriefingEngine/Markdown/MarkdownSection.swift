/// A part of a Markdown document under one heading: a briefing's title (its first-level heading)
/// or one of its panels (a second-level heading), with the HTML of everything up to the next.
public struct MarkdownSection: Sendable {
    /// The heading's plain text ("Why it matters (1)").
    public var title: String
    /// The heading's inline HTML (emphasis and code kept, no `<h2>` wrapper).
    public var titleHTML: String
    /// The unique fragment id given to the heading.
    public var id: String
    /// The 1-based line of the heading in the Markdown file.
    public var line: Int
    /// The HTML of the blocks under the heading.
    public var bodyHTML: String
    /// The plain text of the first paragraph under the heading, for summaries.
    public var firstParagraph: String?
    /// The HTML of the presenter's notes under the heading (`PresenterNotes`), left out of `bodyHTML`.
    public var notesHTML: String = ""
    /// The first numbered list directly under the heading (not inside a quote or another list).
    public var numberedList: NumberedList?
}

/// A Markdown file rendered by cmark-gfm and split at its headings: the first-level heading is the
/// title, everything before the first second-level heading is the introduction, and each
/// second-level heading starts a section.
public struct RenderedMarkdown: Sendable {
    public var title: MarkdownSection?
    public var introductionHTML: String
    /// The plain text of the first paragraph before any second-level heading.
    public var introductionFirstParagraph: String?
    /// The presenter's notes before any second-level heading (shown on present mode's title screen).
    public var introductionNotesHTML: String = ""
    public var sections: [MarkdownSection]
    /// Every citation of a reference, in document order.
    public var citations: [MarkdownCitation]
    /// The whole file as plain text (cmark-gfm's plain-text rendering: no markup, no addresses).
    public var plainText: String
    /// Problems found in the file: bad links, extra titles.
    public var diagnostics: [Diagnostic]
}

/// A `ref:` link found in Markdown: which reference it cites, the id its link was given, and where.
public struct MarkdownCitation: Sendable {
    public var referenceID: String
    public var anchor: String
    public var location: SourceLocation
}
