/// Turns a briefing's Markdown into a `Briefing`: the first-level heading is its title, each
/// second-level heading starts a numbered panel. Collects every problem in the file.
public struct BriefingRenderer: Sendable {
    public var markdown: MarkdownRenderer
    /// Ids the page layout uses, which headings must not take (present mode names its first and
    /// last screens `title-screen` and `record-this-session`).
    public static let reservedIds: Set<String> = [
        "main-content", "top", "site-header", "site-footer", "panels", "title-screen", "record-this-session",
    ]

    public init(markdown: MarkdownRenderer) {
        self.markdown = markdown
    }

    public func render(
        _ source: BriefingSource, description: BriefingDescription?, content: LoadedContent,
        references: Set<String> = []
    ) -> (Briefing?, [Diagnostic]) {
        let page = SitePaths.briefing(source.slug)
        let resolver = ContentLinkResolver(
            page: page, sourcePath: source.relativePath,
            slugs: content.slugs, files: content.fileSet, references: references)
        var slugger = HeadingSlugger(reserved: Self.reservedIds)
        let rendered = markdown.render(
            source.text, file: source.displayPath, slugger: &slugger, resolve: { resolver.resolve($0) })
        var diagnostics = rendered.diagnostics
        guard let title = rendered.title else {
            diagnostics.append(.error(
                "the briefing has no title", at: SourceLocation(file: source.displayPath, line: 1, column: 1),
                hint: "make its first heading a first-level heading, for example '# Information sharing'",
                sourceLine: source.text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)))
            return (nil, diagnostics)
        }
        let flowcharts = description?.flowcharts ?? []
        let sections = rendered.sections.enumerated().map { index, section in
            Briefing.Panel(
                number: index + 1, id: section.id, title: section.title, titleHTML: section.titleHTML,
                bodyHTML: section.bodyHTML, notesHTML: section.notesHTML, flowchart: flowcharts.first { $0.title == section.title },
                location: SourceLocation(file: source.displayPath, line: section.line, column: 1))
        }
        let (panels, questions, questionWarnings) = DiscussionQuestions.split(sections, source: source.text)
        diagnostics += questionWarnings
        for flowchart in flowcharts where !panels.contains(where: { $0.title == flowchart.title }) {
            diagnostics.append(.error(
                "no panel of \(source.displayPath) is headed \"\(flowchart.title)\", so the flowchart has no place",
                at: flowchart.location,
                hint: "add '## \(flowchart.title)' to the briefing, or give the flowchart the title of an existing panel"))
        }
        let citations = rendered.citations.map { citation -> Citation in
            let panel = sections.last { ($0.location.line ?? 0) <= (citation.location.line ?? 0) }
            return Citation(
                referenceID: citation.referenceID, page: page, anchor: citation.anchor,
                label: title.title + (panel.map { " \u{2014} " + $0.title } ?? ""), location: citation.location)
        }
        let summary = rendered.introductionFirstParagraph
            ?? rendered.sections.lazy.compactMap(\.firstParagraph).first ?? ""
        let briefing = Briefing(
            slug: source.slug, source: source, title: title.title, titleHTML: title.titleHTML,
            summary: summary, introductionHTML: rendered.introductionHTML,
            introductionNotesHTML: rendered.introductionNotesHTML, panels: panels, questions: questions,
            citations: citations, description: description)
        return (briefing, diagnostics)
    }
}
