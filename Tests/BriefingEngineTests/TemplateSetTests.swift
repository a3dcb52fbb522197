import BriefingEngine
import Foundation
import Testing

@Suite("Templates")
struct TemplateSetTests {
    @Test("a syntax error is reported at templates/FILE:LINE:COL with the line")
    func syntaxError() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/index.mustache", "<h1>{{site.title}}</h1>\n{{#briefings}}\n<p>{{title}}</p>\n{{/wrong}}\n")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.count == 1)
        #expect(found.first?.location.file == "templates/index.mustache")
        #expect(found.first?.location.line == 4)
        #expect(found.first?.description.contains("templates/index.mustache:4:") == true)
        #expect(found.first?.sourceLine == "{{/wrong}}")
    }

    @Test("a section left open is named, at the line that opened it", arguments: [
        ("<main>\n  {{#briefings}}\n  <p>{{title}}</p>\n</main>\n", "templates/index.mustache:2:3",
         "the section 'briefings' opened here is never closed", "  {{#briefings}}"),
        ("{{#site}}\n{{^briefings}}none\n{{/site}}\n", "templates/index.mustache:3:1",
         "{{/site}} closes a section, but the innermost open one is 'briefings', opened at templates/index.mustache:2:1", "{{/site}}"),
        ("{{#briefings}}\n<p>{{title}}</p>\n{{/wrong}}\n", "templates/index.mustache:3:1",
         "{{/wrong}} closes a section, but the innermost open one is 'briefings', opened at templates/index.mustache:1:1", "{{/wrong}}"),
    ])
    func unclosedSection(template: String, location: String, message: String, line: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/index.mustache", template)
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.message) == [message])
        #expect(found.first?.location.description == location)
        #expect(found.first?.sourceLine == line)
    }

    @Test("a partial that does not exist is an error at its tag, not empty text")
    func unknownPartial() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/404.mustache", "<h1>Not found</h1>\n  {{> partials/missing }}\n")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.description.description).first?.hasPrefix(
            "templates/404.mustache:2:3: error: the partial 'partials/missing' does not exist") == true)
    }

    @Test("a missing template names the file to restore")
    func missingTemplate() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("templates/briefing.mustache"))
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.location.file) == ["templates/briefing.mustache"])
        #expect(found.first?.message == "the template 'briefing' is missing")
    }

    @Test("template values are HTML-escaped")
    func escaping() async throws {
        let fixture = try Fixture(briefings: ["x": "# <script>alert(1)</script> & co"])
        defer { fixture.remove() }
        let site = SiteDescription(title: "A <b>site</b>", tagline: "t", briefings: [BriefingDescription("x", author: "<img src=x onerror=alert(1)>")])
        _ = try await fixture.builder(site).build()
        let page = try fixture.read("site/briefings/x/index.html")
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(page.contains("A &lt;b&gt;site&lt;/b&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("a quote followed by a combining accent is escaped too, in every page's text and attributes (swift-mustache's own escaping let it end an attribute)")
    func quoteWithACombiningMark() async throws {
        // `&quot;` and `&lt;` (smart punctuation would curl a typed quote), each followed by a combining acute.
        let fixture = try Fixture(briefings: ["x": "# Title &quot;\u{301}&lt;b\u{301}>\n\n## Why x&quot;\u{301} onclick=alert(1) y\n\nText.\n"])
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let rawQuote = "\"\u{301}", rawTag = "<b\u{301}>", escapedQuote = "&quot;\u{301}"
        for page in ["site/briefings/x/index.html", "site/briefings/x/present.html", "site/briefings/x/print.html", "site/index.html"] {
            let html = try fixture.read(page)
            let quoteKept = html.contains(rawQuote), tagKept = html.contains(rawTag), escaped = html.contains(escapedQuote)
            #expect(!quoteKept, "\(page)")
            #expect(!tagKept, "\(page)")
            #expect(escaped, "\(page)")
        }
        let label = escapedQuote + " onclick=alert(1) y\""
        let present = try fixture.read("site/briefings/x/present.html")
        let labelInOneAttribute = present.contains(label)
        #expect(labelInOneAttribute)
    }

    @Test("a template may not choose its escaping or change its delimiters (either would hide a raw value from the checks)", arguments: [
        ("<p>{{% CONTENT_TYPE: TEXT }}{{site.title}}</p>\n", "templates/404.mustache:1:4: error: a template cannot choose how values are escaped"),
        ("<p>ok</p>\n{{=<% %>=}}\n<%{site.title}%>\n", "templates/404.mustache:2:1: error: a template cannot change the {{ }} delimiters"),
    ])
    func escapingCannotBeTurnedOff(template: String, expected: String) async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/404.mustache", template)
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.map(\.description.description).contains { $0.hasPrefix(expected) }, "\(found.map(\.description.description))")
    }

    @Test("a syntax error on a template's first line keeps its line as written")
    func firstLineSyntaxError() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("templates/404.mustache", "<p>{{#a}}</p>{{/b}}\n")
        let found = await diagnostics { _ = try await fixture.builder().build() }
        #expect(found.first?.location.line == 1)
        #expect(found.first?.sourceLine == "<p>{{#a}}</p>{{/b}}")
    }

    @Test("CSS is published under a content hash that changes with the file")
    func hashedAssets() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let first = try FileManager.default.contentsOfDirectory(atPath: fixture.site.appendingPathComponent("assets").path)
            .filter { $0.hasPrefix("site.") }
        try fixture.write("templates/site.css", "body { color: black; }")
        _ = try await fixture.builder().build()
        let second = try FileManager.default.contentsOfDirectory(atPath: fixture.site.appendingPathComponent("assets").path)
            .filter { $0.hasPrefix("site.") }
        #expect(first.count == 1 && second.count == 1)
        #expect(first != second)
        #expect(second.first?.hasPrefix("site.") == true && second.first?.hasSuffix(".css") == true)
    }
}
