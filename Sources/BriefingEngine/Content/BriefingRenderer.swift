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
            slugs: content.slugs, files: content.fileSet, references: references,
            symbolicLinks: content.symbolicLinks)
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
        let lines = SourceLines.of(source.text)
        let sections = rendered.sections.enumerated().map { index, section in
            Briefing.Panel(
                number: index + 1, id: section.id, title: section.title, titleHTML: section.titleHTML,
                bodyHTML: section.bodyHTML, notesHTML: section.notesHTML, flowchart: nil, numberedList: section.numberedList,
                location: SourceLocation(file: source.displayPath, line: section.line, column: 1),
                headingLine: section.line >= 1 && section.line <= lines.count ? lines[section.line - 1] : nil)
        }
        let split = DiscussionQuestions.split(sections)
        var panels = split.panels
        diagnostics += split.warnings
        let finder = PanelFinder(panels: panels, file: source.displayPath)
        for flowchart in flowcharts {
            guard let panel = finder.panel(named: flowchart.title), let index = panels.firstIndex(where: { $0.id == panel.id }) else {
                diagnostics.append(.error(
                    "no panel of \(source.displayPath) is headed \"\(flowchart.title)\", so the flowchart has no place",
                    at: flowchart.location, hint: finder.hint(forMissing: flowchart.title)))
                continue
            }
            if panels[index].flowchart == nil { panels[index].flowchart = flowchart }
        }
        let rulesPanel = description.flatMap { Self.rulesPanel(of: $0, in: finder, diagnostics: &diagnostics) }
        let citations = rendered.citations.map { citation -> Citation in
            let panel = sections.last { ($0.location.line ?? 0) <= (citation.location.line ?? 0) }
            return Citation(
                referenceID: citation.referenceID, page: page, anchor: citation.anchor,
                label: title.title + (panel.map { " \u{2014} " + $0.title } ?? ""), location: citation.location)
        }
        let summary = rendered.introductionFirstParagraph
            ?? rendered.sections.lazy.compactMap(\.firstParagraph).first ?? ""
        let briefing = Briefing(
            slug: source.slug, sourcePath: source.relativePath, title: title.title, titleHTML: title.titleHTML,
            summary: summary, introductionHTML: rendered.introductionHTML,
            introductionNotesHTML: rendered.introductionNotesHTML, panels: panels, questions: split.questions,
            rulesPanel: rulesPanel.flatMap { rules in panels.first { $0.id == rules.id } }, citations: citations, description: description,
            words: SearchWords.unique(in: rendered.plainText).joined(separator: " "))
        return (briefing, diagnostics)
    }

    /// The panel the description names as the briefing's rules, which must hold a numbered list;
    /// each problem is an error at the description's `rulesPanel:`.
    private static func rulesPanel(
        of description: BriefingDescription, in finder: PanelFinder, diagnostics: inout [Diagnostic]
    ) -> Briefing.Panel? {
        guard let name = description.rulesPanel else { return nil }
        guard let panel = finder.panel(named: name) else {
            diagnostics.append(Diagnostic.error(
                "no panel of \(finder.file) is headed \"\(name)\", so the briefing's rules cannot be found",
                at: description.location, hint: finder.hint(forMissing: name)
            ).pointing(at: "rulesPanel"))
            return nil
        }
        guard panel.numberedList != nil else {
            diagnostics.append(Diagnostic.error(
                "the panel '\(panel.title)' (\(panel.location)) has no numbered list, so it cannot hold the briefing's rules",
                at: description.location,
                hint: "write the rules as a numbered list (1. …, 2. …) under '## \(panel.title)', or name the panel that has them"
            ).pointing(at: "rulesPanel"))
            return nil
        }
        return panel
    }
}
