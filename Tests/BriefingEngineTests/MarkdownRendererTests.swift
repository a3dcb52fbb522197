import BriefingEngine
import Testing

/// Renders Markdown the way a briefing page does, with links kept as written.
private func render(_ markdown: String, allowRawHTML: Bool = false) -> RenderedMarkdown {
    var slugger = HeadingSlugger(reserved: ["main-content"])
    return MarkdownRenderer(allowRawHTML: allowRawHTML)
        .render(markdown, file: "content/test.md", slugger: &slugger, resolve: { _ in .unchanged })
}

private func body(_ markdown: String, allowRawHTML: Bool = false) -> String {
    let rendered = render(markdown, allowRawHTML: allowRawHTML)
    return rendered.introductionHTML + rendered.sections.map(\.bodyHTML).joined()
}

@Suite("Markdown through cmark-gfm")
struct MarkdownRendererTests {
    @Test("GitHub Flavored Markdown extensions are on", arguments: [
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<table>"),
        ("~~gone~~", "<del>gone</del>"),
        ("see https://www.gov.uk today", "href=\"https://www.gov.uk\""),
        ("- [x] done\n- [ ] to do", "type=\"checkbox\""),
    ])
    func extensions(markdown: String, expected: String) {
        #expect(body(markdown).contains(expected))
    }

    @Test("every table, at the top or inside a list or quote, scrolls in its own focusable region named by its headings")
    func tablesScrollInARegion() {
        let html = body("## Contacts\n\n| Agency | \"Phone\" & `fax` |\n|---|---|\n| A | 1 |\n\n- item\n\n  | Who |\n  |---|\n  | B |\n\n> | Q |\n> |---|\n> | C |")
        #expect(html.components(separatedBy: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"").count == 4)
        #expect(html.contains("aria-label=\"Table: Agency, \u{201C}Phone\u{201D} &amp; fax\">\n<table>"))
        #expect(html.contains("aria-label=\"Table: Who\""))
        #expect(html.contains("aria-label=\"Table: Q\""))
        #expect(html.components(separatedBy: "</table>\n</div>").count == 4)
    }

    @Test("smart punctuation turns quotes and dashes typographic")
    func smartPunctuation() {
        let html = body("\"Share\" -- it's 'fine' --- really...")
        #expect(html.contains("\u{201C}Share\u{201D}"))
        #expect(html.contains("it\u{2019}s"))
        #expect(html.contains("\u{2013}"))
        #expect(html.contains("\u{2014}"))
        #expect(html.contains("\u{2026}"))
    }

    @Test("raw HTML is suppressed by default")
    func rawHTMLSuppressed() {
        let html = body("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test("allowed raw HTML still has dangerous tags filtered")
    func tagFilter() {
        let html = body("<b>kept</b>\n\n<script>alert(1)</script>", allowRawHTML: true)
        #expect(html.contains("<b>kept</b>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test("javascript: and similar link addresses are blanked", arguments: [
        "[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)", "[x](data:text/html,hi)",
    ])
    func dangerousLinks(markdown: String) {
        let html = body(markdown)
        #expect(html.contains("href=\"\""))
        #expect(!html.lowercased().contains("script:"))
        #expect(!html.contains("data:"))
    }

    @Test("headings get stable, de-duplicated ids and a visible self-link")
    func headingIds() {
        let rendered = render("# Title\n\n## Notes\n\n### Notes\n\n### Main content\n\n## Notes")
        #expect(rendered.title?.id == "title")
        #expect(rendered.sections.map(\.id) == ["notes", "notes-3"])
        let html = rendered.sections[0].bodyHTML
        #expect(html.contains("<h3 id=\"notes-2\">Notes <a class=\"self-link\" href=\"#notes-2\">"))
        #expect(html.contains("<h3 id=\"main-content-2\">"))
    }

    @Test("the document splits into a title, an introduction and sections")
    func sections() {
        let rendered = render("# Title *here*\n\nIntro.\n\n## One\n\nFirst.\n\nSecond.\n\n## Two\n\n- item")
        #expect(rendered.title?.title == "Title here")
        #expect(rendered.title?.titleHTML == "Title <em>here</em>")
        #expect(rendered.introductionFirstParagraph == "Intro.")
        #expect(rendered.sections.map(\.title) == ["One", "Two"])
        #expect(rendered.sections[0].line == 5)
        #expect(rendered.sections[0].firstParagraph == "First.")
        #expect(rendered.sections[1].bodyHTML.contains("<li>item</li>"))
    }

    @Test("external links open safely and say they leave the site")
    func externalLinks() {
        var slugger = HeadingSlugger()
        let rendered = MarkdownRenderer().render(
            "[advice](https://www.gov.uk/x \"GOV.UK\")", file: "content/t.md", slugger: &slugger,
            resolve: { $0.address.hasPrefix("https:") ? .external($0.address) : .unchanged })
        #expect(rendered.introductionHTML.contains(
            "<a class=\"external-link\" href=\"https://www.gov.uk/x\" rel=\"noopener noreferrer\" title=\"GOV.UK\">advice<span class=\"external-note\"> (external site)</span></a>"))
    }

    @Test("a rejected link is reported at its line and column")
    func rejectedLink() {
        var slugger = HeadingSlugger()
        let rendered = MarkdownRenderer().render(
            "# T\n\nSee [this](missing.md).", file: "content/t.md", slugger: &slugger,
            resolve: { .rejected(.error("no such file", at: $0.location, sourceLine: $0.sourceLine)) })
        #expect(rendered.diagnostics.map(\.location.description) == ["content/t.md:3:5"])
    }

    @Test("a file with Windows or old Mac line endings is quoted at the line cmark-gfm reports", arguments: ["\r\n", "\r"])
    func otherLineEndings(ending: String) {
        var slugger = HeadingSlugger()
        let source = ["# T", "", "Intro.", "", "See [this](missing.md)."].joined(separator: ending)
        let rendered = MarkdownRenderer().render(
            source, file: "content/t.md", slugger: &slugger,
            resolve: { .rejected(.error("no such file", at: $0.location, sourceLine: $0.sourceLine)) })
        #expect(rendered.diagnostics.map(\.location.description) == ["content/t.md:5:5"])
        #expect(rendered.diagnostics.first?.sourceLine == "See [this](missing.md).")
    }
}
