import BriefingEngine
import Foundation
import Testing

/// A site whose briefing cites references, built from a fixture.
private func citingSite(references: [Reference] = ReferencesTests.registry) -> SiteDescription {
    SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("citing")], references: references)
}

@Suite("Guidance references and citations")
struct ReferencesTests {
    static let registry = [
        Reference("dpa-2018", title: "Data Protection Act 2018", publisher: "legislation.gov.uk", year: "2018",
                  address: "https://www.legislation.gov.uk/ukpga/2018/12/contents", note: "The UK law."),
        Reference("uk-gdpr", title: "UK GDPR", publisher: "legislation.gov.uk", year: "2016",
                  address: "https://www.legislation.gov.uk/eur/2016/679/contents", note: "Lawful bases."),
    ]

    static let citingBriefing = """
        # Citing

        ## Rules

        The [Data Protection Act 2018](ref:dpa-2018) and [UK GDPR](ref:uk-gdpr) allow it.

        ## Again

        See the [Act](ref:dpa-2018) again.
        """

    @Test("a citation links to the reference's entry, which links back to the exact place")
    func citationsAndBackLinks() async throws {
        let fixture = try Fixture(briefings: ["citing": Self.citingBriefing])
        defer { fixture.remove() }
        _ = try await fixture.builder(citingSite()).build()
        let page = try fixture.read("site/briefings/citing/index.html")
        #expect(page.contains("<a class=\"citation\" id=\"cite-dpa-2018\" href=\"../../references/index.html#dpa-2018\">Data Protection Act 2018</a>"))
        #expect(page.contains("<a class=\"citation\" id=\"cite-dpa-2018-2\" href=\"../../references/index.html#dpa-2018\">Act</a>"))
        let references = try fixture.read("site/references/index.html")
        #expect(references.contains("<li class=\"reference\" id=\"dpa-2018\">"))
        #expect(references.contains("href=\"https://www.legislation.gov.uk/ukpga/2018/12/contents\" rel=\"noopener noreferrer\""))
        #expect(references.contains("<a href=\"../briefings/citing/index.html#cite-dpa-2018\">Citing — Rules</a>"))
        #expect(references.contains("<a href=\"../briefings/citing/index.html#cite-dpa-2018-2\">Citing — Again</a>"))
        #expect(references.contains("<a href=\"../briefings/citing/index.html#cite-uk-gdpr\">Citing — Rules</a>"))
    }

    @Test("an unknown reference id fails the build at the citation's line and column")
    func unknownReference() async throws {
        let fixture = try Fixture(briefings: ["citing": "# C\n\nAs the [law](ref:dpa-2019) says."])
        defer { fixture.remove() }
        let found = await diagnostics { _ = try await fixture.builder(citingSite()).build() }
        #expect(found.first?.description.hasPrefix("content/citing.md:3:8: error: there is no reference 'dpa-2019'") == true, "\(found)")
        #expect(found.first?.hint?.contains("dpa-2018, uk-gdpr") == true)
    }

    @Test("a reference nothing cites is a warning at its definition")
    func unusedReference() async throws {
        let fixture = try Fixture(briefings: ["citing": "# C\n\nThe [Act](ref:dpa-2018)."])
        defer { fixture.remove() }
        let summary = try await fixture.builder(citingSite()).build()
        #expect(summary.warnings.map(\.message) == ["reference 'uk-gdpr' is not cited anywhere"])
        #expect(summary.warnings.first?.location.file == "Tests/BriefingEngineTests/ReferencesTests.swift")
    }

    @Test("bad references are errors at their Swift call site", arguments: [
        (Reference("Bad Id", title: "t", publisher: "p", year: "y", address: "https://example.org/", note: "n"), "'Bad Id' cannot be a reference id"),
        (Reference("plain", title: "t", publisher: "p", year: "y", address: "http://example.org/", note: "n"), "reference 'plain': the address 'http://example.org/' does not start with https://"),
        (Reference("spaced", title: "t", publisher: "p", year: "y", address: "https://example.org/a b", note: "n"), "reference 'spaced': the address 'https://example.org/a b' contains a space"),
        (Reference("empty", title: " ", publisher: "p", year: "y", address: "https://example.org/", note: "n"), "reference 'empty' has no title"),
        (Reference("dpa-2018", title: "t", publisher: "p", year: "y", address: "https://example.org/", note: "n"), "reference 'dpa-2018' is defined twice"),
    ])
    func badReference(reference: Reference, message: String) async throws {
        let fixture = try Fixture(briefings: ["citing": Self.citingBriefing])
        defer { fixture.remove() }
        let found = await diagnostics { _ = try await fixture.builder(citingSite(references: Self.registry + [reference])).build() }
        let match = found.first { $0.message.hasPrefix(message) }
        #expect(match != nil, "\(found)")
        #expect(match?.location.file == "Tests/BriefingEngineTests/ReferencesTests.swift")
    }
}

@Suite("Build-time link check")
struct LinkCheckTests {
    @Test("a broken fragment fails the build naming the page and the link")
    func brokenFragment() async throws {
        let fixture = try Fixture(briefings: ["example": "# E\n\n[see](other.md#nowhere)", "other": "# Other"])
        defer { fixture.remove() }
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.description).first?.hasPrefix(
            "site/briefings/example/index.html:") == true)
        #expect(found.first?.message == "a href=\"../../briefings/other/index.html#nowhere\" names #nowhere, which is not an id on briefings/other/index.html")
    }

    @Test("a template link to a page the build does not make fails the build", arguments: [
        ("404", "<a href=\"{{root}}missing.html\">x</a>", "names missing.html, which the build does not make"),
        ("404", "<a href=\"{{root}}briefings/\">x</a>", "names a folder; link to its index.html so it works from file://"),
        ("references", "<a href=\"/index.html\">x</a>", "starts with /, which breaks on file:// and sub-paths"),
        ("404", "<a href=\"index.html\">x</a>", "does not start with /, where the site is served from"),
        ("404", "<a href=\"#no-such-id\">x</a>", "names #no-such-id, which is not an id on 404.html"),
        ("404", "<img src=\"http://example.org/a.png\" alt=\"\">", "does not start with https://"),
        ("404", "<a href=\"javascript:alert(1)\">x</a>", "uses the scheme 'javascript:'"),
        ("references", "<a href=\"../../index.html\">x</a>", "points outside the site"),
        ("references", "<A HREF='missing.html'>x</A>", "names references/missing.html, which the build does not make"),
        ("references", "<a class=x href=missing.html>x</a>", "names references/missing.html, which the build does not make"),
        ("references", "<a href=\"./.././index.html?page=2#nowhere\">x</a>", "names #nowhere, which is not an id on index.html"),
        ("references", "<a href=\"../briefings//example/../../missing.html\">x</a>", "names missing.html, which the build does not make"),
    ])
    func brokenTemplateLink(template: String, markup: String, message: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/\(template).mustache", "<h1>Not found</h1>\n\(markup)\n")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        let page = template == "404" ? "site/404.html" : "site/references/index.html"
        #expect(found.contains { $0.location.file == page && $0.location.line != nil && $0.message.contains(message) }, "\(found)")
    }

    @Test("404.html, which hosts show at any depth, links from the site's root path: / or the base URL's", arguments: [
        (nil, "/"), ("https://example.org", "/"), ("https://example.org/", "/"),
        ("https://example.org/safeguarding", "/safeguarding/"), ("https://example.org/a/b/", "/a/b/"),
    ] as [(String?, String)])
    func notFoundPageLinksFromTheRoot(baseURL: String?, root: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try await fixture.builder(SiteDescription(title: "T", tagline: "t", baseURL: baseURL)).build()
        let page = try fixture.read("site/404.html")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"\(root)assets/site."))
        #expect(page.contains("<a href=\"\(root)index.html\">Go to the list of briefings</a>"))
        #expect(!page.contains("https://example.org"), "only the path: nothing loads from another host")
    }

    @Test("what a comment or a script says is not a link, and the page after them is still checked")
    func commentsAndScriptsHoldNoLinks() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/references.mustache", """
            <h1>References</h1>
            <!-- <a href="missing.html">x</a> -->
            <script type="text/plain"><a href="missing.html">x</a></script>
            <a href="#nowhere">x</a>

            """)
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.message) == ["a href=\"#nowhere\" names #nowhere, which is not an id on references/index.html"])
    }

    @Test("the real templates and content have no broken link")
    func realSiteLinks() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        await #expect(throws: Never.self) { try await fixture.builder().plan() }
    }
}

@Suite("Edition and review date")
struct ReviewTests {
    @Test("the review is due an interval after the sources were last checked", arguments: [
        ("2026-11-25", 12, "2027-11-25"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2026-08-31", 6, "2027-02-28"),
        ("2026-01-15", 1, "2026-02-15"),
    ])
    func due(checked: String, months: Int, expected: String) throws {
        let day = try #require(CalendarDay(checked))
        #expect(ReviewSchedule(intervalMonths: months).due(after: day).description == expected)
    }

    @Test("check warns when a briefing is past its review date, with an injected clock")
    func warning() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let site = SiteDescription(title: "T", tagline: "t", reviewIntervalMonths: 12, briefings: [
            BriefingDescription("example", edition: "2018 edition", sourcesLastChecked: "2025-11-25"), BriefingDescription("other"),
        ])
        var builder = fixture.builder(site)
        builder.today = CalendarDay("2026-11-25")
        #expect(try await builder.plan().warnings.isEmpty)
        builder.today = CalendarDay("2026-11-26")
        let warnings = try await builder.plan().warnings
        #expect(warnings.map(\.message) == ["briefing 'example' was due for review on 2026-11-25 (sources last checked 2025-11-25)"])
        #expect(warnings.first?.location.file == "Tests/BriefingEngineTests/ReferencesTests.swift")
    }

    @Test("the briefing page shows the edition, the day the sources were checked and the review date")
    func shown() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let site = SiteDescription(title: "T", tagline: "t", reviewIntervalMonths: 12, briefings: [
            BriefingDescription("example", edition: "2018 edition", sourcesLastChecked: "2025-11-25"), BriefingDescription("other"),
        ])
        _ = try await fixture.builder(site).build()
        let page = try fixture.read("site/briefings/example/index.html")
        #expect(page.contains("<dt>Edition</dt><dd>2018 edition</dd>"))
        #expect(page.contains("<dt>Sources last checked</dt><dd>2025-11-25</dd>"))
        #expect(page.contains("<dt>Next review due</dt><dd>2026-11-25</dd>"))
    }

    @Test("the day of a Unix time is its UTC calendar day", arguments: [
        (0, "1970-01-01"), (951_782_400, "2000-02-29"), (1_795_651_200, "2026-11-26"), (-1, "1969-12-31"),
    ])
    func unixDay(seconds: Int, expected: String) {
        #expect(CalendarDay(secondsSince1970: seconds).description == expected)
    }
}
