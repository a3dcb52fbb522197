@testable import BriefingEngine
import Foundation
import SiteContent
import Testing

/// The one-page handout of each briefing: `briefings/<slug>/print.html`.
@Suite("The printable one-page briefing")
struct PrintPageTests {
    static let described = BriefingDescription(
        "example", author: "A. Author", edition: "Follows the 2018 edition of the advice.",
        source: BriefingDescription.Source("Example advice, HM Government", address: "https://www.gov.uk/example-advice"),
        sourcesLastChecked: "2026-11-25")

    static func site(baseURL: String?) -> SiteDescription {
        SiteDescription(title: "Test site", tagline: "Tests.", baseURL: baseURL, briefings: [described])
    }

    /// The planned file at `path`, as text.
    static func page(_ path: String, in files: [OutputFile]) throws -> String {
        let file = try #require(files.first { $0.path == path }, "no \(path) among \(files.map(\.path))")
        return String(decoding: file.data, as: UTF8.self)
    }

    @Test("every briefing has a handout beside its page, linked from it as “Print the one-page briefing”")
    func everyBriefingHasOne() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder().plan()
        for slug in ["example", "other"] {
            #expect(files.contains { $0.path == "briefings/\(slug)/print.html" })
            let page = try Self.page("briefings/\(slug)/index.html", in: files)
            #expect(page.contains("<a href=\"print.html\">Print the one-page briefing</a>"))
        }
    }

    @Test("the handout's <title> is exactly the briefing's title, so a PDF printed from it is titled the same")
    func titleIsTheBriefingsTitle() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder().plan()
        let page = try Self.page("briefings/example/print.html", in: files)
        #expect(page.contains("<title>Example briefing</title>"))
        #expect(try Self.page("briefings/example/index.html", in: files).contains("<title>Example briefing – Test site</title>"))
    }

    @Test("the handout shows the title, the author and every panel, numbered in order")
    func titleAuthorAndNumberedPanels() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder(Self.site(baseURL: nil)).plan()
        let page = try Self.page("briefings/example/print.html", in: files)
        #expect(page.contains("<h1 class=\"handout__title\">Example briefing</h1>"))
        #expect(page.contains("By A. Author"))
        let first = try #require(page.range(of: "<span class=\"handout-panel__number\">1</span> First panel"))
        let second = try #require(page.range(of: "<span class=\"handout-panel__number\">2</span> Second panel"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(page.contains("assets/print."), "the handout loads print.css")
    }

    @Test("the footer names the source with its address, the edition, and the online address when the site has one",
          arguments: [nil, "https://example.org/briefings", "https://example.org/briefings/"])
    func footer(baseURL: String?) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder(Self.site(baseURL: baseURL)).plan()
        let page = try Self.page("briefings/example/print.html", in: files)
        #expect(page.contains("<span class=\"handout__label\">Source:</span> Example advice, HM Government, https://www.gov.uk/example-advice"))
        #expect(page.contains("Follows the 2018 edition of the advice."))
        #expect(page.contains("Sources last checked on 2026-11-25"))
        if baseURL == nil {
            #expect(!page.contains("Online version"))
        } else {
            #expect(page.contains("<span class=\"handout__label\">Online version:</span> https://example.org/briefings/briefings/example/</p>"))
        }
    }

    @Test("a briefing without a description still has a handout, without author or footer lines")
    func withoutDescription() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder().plan()
        let page = try Self.page("briefings/other/print.html", in: files)
        #expect(page.contains("<h1 class=\"handout__title\">Other</h1>"))
        #expect(!page.contains("Source:"))
        #expect(!page.contains("By "))
    }

    @Test("a panel with a flowchart shows the diagram in a column of its own; the others stay in the text columns")
    func flowchartPanel() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let templates = try TemplateSet(directory: fixture.root.appendingPathComponent("templates"), displayName: "templates")
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"Test\"></svg>"
        let panels: [[String: Any]] = [
            ["number": 1, "titleHTML": "Background", "bodyHTML": "<p>Text.</p>"],
            ["number": 2, "titleHTML": "When to share", "bodyHTML": "", "hasFlowchart": true, "flowchartSVG": svg, "printsAsDiagram": true],
        ]
        let html = templates.render("print", [
            "briefing": ["titleHTML": "T", "panels": panels, "hasDiagramPanel": true, "diagramColumnClass": "handout--diagram-140"],
            "site": ["title": "S"],
        ])
        #expect(html.contains("<article class=\"handout handout--with-diagram handout--diagram-140\""))
        let diagramPanel = try #require(html.range(of: "<div class=\"handout-panel handout-panel--diagram\">"))
        #expect(html[diagramPanel.upperBound...].contains(svg))
        #expect(html[diagramPanel.upperBound...].contains("<span class=\"handout-panel__number\">2</span> When to share"))
        #expect(!html[..<diagramPanel.lowerBound].contains("When to share"), "the flowchart's panel appears once, in its column")
        #expect(html[..<diagramPanel.lowerBound].contains("<span class=\"handout-panel__number\">1</span> Background"))
    }

    @Test("the handout knows whether a panel holds a flowchart from the panels' hasFlowchart")
    func hasDiagramPanel() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder().plan()
        let page = try Self.page("briefings/example/print.html", in: files)
        #expect(page.contains("<article class=\"handout\">"), "no flowchart: three columns of text")
    }

    @Test("the Information Sharing handout names the HM Government advice it follows, from content/")
    func seedSource() async throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let (files, _) = try await SiteBuilder(site: SiteContent.site, configuration: fixture.configuration).plan()
        let page = try Self.page("briefings/information-sharing/print.html", in: files)
        #expect(page.contains(
            "Information sharing advice, HM Government, https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice"))
        #expect(page.contains("<title>7 minutes briefing: Information Sharing</title>"))
    }

    @Test("handout paths: briefings/<slug>/print.html, and only those are handouts",
          arguments: [
            ("briefings/a-b/print.html", "a-b"), ("briefings/a/index.html", nil), ("print.html", nil),
            ("x/a/print.html", nil), ("briefings/a/b/print.html", nil),
          ] as [(String, String?)])
    func handoutPaths(path: String, slug: String?) {
        #expect(SitePaths.handoutSlug(path) == slug)
        if let slug { #expect(SitePaths.handout(slug) == path) }
    }
}
