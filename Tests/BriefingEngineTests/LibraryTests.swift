import BriefingEngine
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The library: lists by date, topic and audience, status notices, the feed and the sitemap, and
/// the mistakes an author can make describing them.
@Suite struct LibraryTests {
    private func build(_ site: SiteDescription = LibraryFixture.site()) async throws -> (Fixture, [String: String]) {
        let fixture = try LibraryFixture.make()
        let (files, _) = try await fixture.builder(site).plan()
        var pages: [String: String] = [:]
        for file in files { pages[file.path] = String(decoding: file.data, as: UTF8.self) }
        return (fixture, pages)
    }

    private func titles(in html: String) -> [String] {
        html.components(separatedBy: "<a href=\"").dropFirst().compactMap { part -> String? in
            guard part.contains("briefings/briefing-"), let start = part.firstIndex(of: ">"),
                  let end = part.range(of: "</a>") else { return nil }
            return String(part[part.index(after: start)..<end.lowerBound])
        }
    }

    @Test func theHomePageListsTheNewestFirstThenEveryTopic() async throws {
        let (fixture, pages) = try await build()
        defer { fixture.remove() }
        let home = try #require(pages["index.html"])
        let newest = home.components(separatedBy: "id=\"by-topic\"")[0]
        // Updated in 2026 (every third briefing), newest day first; the withdrawn one never.
        let expected = (0..<LibraryFixture.count).filter { $0 % 3 == 0 && $0 != 5 }
            .sorted { (($0 % 12), ($0 % 28)) > (($1 % 12), ($1 % 28)) || ((($0 % 12), ($0 % 28)) == (($1 % 12), ($1 % 28)) && $0 < $1) }
            .prefix(10).map { String(format: "Briefing %02d on ", $0) }
        let shown = titles(in: newest)
        #expect(shown.count == 10)
        for (title, prefix) in zip(shown, expected) { #expect(title.hasPrefix(prefix)) }
        for topic in LibraryFixture.topics { #expect(home.contains("topics/\(topic.id)/index.html")) }
        for audience in LibraryFixture.audiences { #expect(home.contains("audiences/\(audience.id)/index.html")) }
        #expect(!home.contains("briefings/briefing-05/"))
    }

    @Test func eachTopicListsItsBriefingsAToZWithoutTheWithdrawnOne() async throws {
        let (fixture, pages) = try await build()
        defer { fixture.remove() }
        for (position, topic) in LibraryFixture.topics.enumerated() {
            let page = try #require(pages["topics/\(topic.id)/index.html"])
            let expected = (0..<LibraryFixture.count).filter { index in
                index != 5 && (index % 6 == position || (index % 4 == 0 && (index + 1) % 6 == position))
            }.map { LibraryFixture.markdown($0).split(separator: "\n")[0].dropFirst(2) }.map(String.init).sorted()
            #expect(titles(in: page) == expected, "topic \(topic.id)")
        }
        let all = try #require(pages["briefings/index.html"])
        #expect(titles(in: all).count == 50)
        let second = try #require(pages["briefings/page-2.html"])
        #expect(titles(in: second).count == LibraryFixture.count - 1 - 50)
        #expect(all.contains("href=\"page-2.html\"") || all.contains("briefings/page-2.html"))
    }

    @Test func aWithdrawnBriefingStaysAtItsAddressWithANotice() async throws {
        let (fixture, pages) = try await build()
        defer { fixture.remove() }
        let page = try #require(pages["briefings/briefing-05/index.html"])
        #expect(page.contains("class=\"status-notice\""))
        #expect(page.contains("withdrawn on 1 July 2025"))
        let superseded = try #require(pages["briefings/briefing-03/index.html"])
        #expect(superseded.contains("replaced on 1 June 2025 by <a href=\"../../briefings/briefing-04/index.html\">Briefing 04"))
        let review = try #require(pages["briefings/briefing-07/print.html"])
        #expect(review.contains("under review since 15 January 2026"))
        #expect(!(try #require(pages["briefings/briefing-08/index.html"])).contains("status-notice"))
        let lists = pages.filter { $0.key == "index.html" || $0.key.hasPrefix("topics/") || $0.key.hasPrefix("audiences/") || $0.key.hasPrefix("briefings/index") }
        #expect(lists.count >= 11)
        for (path, html) in lists { #expect(!html.contains("briefing-05/"), "\(path) lists the withdrawn briefing") }
    }

    @Test func theFeedAndSitemapAreValidXMLWithAbsoluteAddresses() async throws {
        let (fixture, pages) = try await build()
        defer { fixture.remove() }
        let feed = try #require(pages["feed.xml"])
        let parsed = try XMLDocument(data: Data(feed.utf8))
        let entries = try parsed.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='entry']")
        #expect(entries.count == 50)  // the newest 50 of the 63 listed
        let ids = try parsed.nodes(forXPath: "//*[local-name()='entry']/*[local-name()='id']").compactMap(\.stringValue)
        #expect(ids.allSatisfy { $0.hasPrefix("https://example.org/safeguarding/briefings/") })
        #expect(!ids.contains { $0.contains("briefing-05") })
        let sitemap = try XMLDocument(data: Data(try #require(pages["sitemap.xml"]).utf8))
        let locations = try sitemap.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
        #expect(locations.first == "https://example.org/safeguarding/index.html")
        #expect(locations.contains("https://example.org/safeguarding/topics/neglect/index.html"))
        #expect(pages["index.html"]!.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\""))
        #expect(pages["briefings/briefing-01/index.html"]!.contains("href=\"../../sitemap.xml\""))
    }

    @Test func withoutABaseURLThereIsNoFeedOrSitemap() async throws {
        let (fixture, pages) = try await build(LibraryFixture.site(baseURL: nil))
        defer { fixture.remove() }
        #expect(pages["feed.xml"] == nil && pages["sitemap.xml"] == nil)
        #expect(!pages["index.html"]!.contains("feed.xml"))
    }

    @Test func twoBuildsOfTheLibraryAreIdentical() async throws {
        let (first, a) = try await build()
        defer { first.remove() }
        let (second, b) = try await build()
        defer { second.remove() }
        #expect(a == b)
    }

    @Test func everyListPageStaysUnderTheSizeBudgetAt500Briefings() async throws {
        var briefings: [String: String] = [:]
        var descriptions: [BriefingDescription] = []
        for index in 0..<500 {
            let slug = String(format: "b-%03d", index)
            briefings[slug] = "# A briefing with a long-ish title, number \(index)\n\nIts summary sentence, which is about as long as a real one.\n\n## One\n\nText."
            descriptions.append(BriefingDescription(
                slug, author: "A. Author", topics: [LibraryFixture.topics[0]], audiences: [LibraryFixture.audiences[0]],
                published: "2025-01-01"))
        }
        let fixture = try Fixture(briefings: briefings)
        defer { fixture.remove() }
        let site = SiteDescription(
            title: "Large", tagline: "Many.", briefings: descriptions,
            topics: LibraryFixture.topics, audiences: LibraryFixture.audiences)
        let (files, _) = try await fixture.builder(site).plan()
        let lists = files.filter { $0.path == "index.html" || $0.path.hasPrefix("topics/") || $0.path.hasPrefix("audiences/") || $0.path.hasPrefix("briefings/index") || $0.path.hasPrefix("briefings/page-") }
        #expect(lists.count > 20)
        for file in lists { #expect(file.data.count < 60_000, "\(file.path): \(file.data.count) bytes") }
    }

    /// Each mistake an author can make in the library's metadata, and the words of its error.
    static let mistakes: [(String, BriefingDescription, String)] = [
        ("undeclared topic", BriefingDescription("briefing-00", topics: [Topic("nglect", "Nglect")]), "topic 'nglect' is not declared"),
        ("undeclared audience", BriefingDescription("briefing-00", audiences: [Audience("fire", "Fire")]), "audience 'fire' is not declared"),
        ("updated before published", BriefingDescription("briefing-00", published: "2025-05-01", updated: "2025-04-30"), "updated 2025-04-30 is before published 2025-05-01"),
        ("a day that does not exist", BriefingDescription("briefing-00", published: "2025-02-30"), "published day '2025-02-30' is not a real day"),
        ("superseded by itself", BriefingDescription("briefing-00", status: .superseded(by: .briefing("briefing-00"), since: "2025-01-01")), "is not another briefing of this site"),
        ("superseded by nothing", BriefingDescription("briefing-00", status: .superseded(by: .publication("", address: ""), since: "2025-01-01")), "needs what replaces it"),
        ("withdrawn on no real day", BriefingDescription("briefing-00", status: .withdrawn(since: "soon")), "withdrawn since day 'soon'"),
    ]

    @Test(arguments: 0..<LibraryTests.mistakes.count)
    func aMistakeInTheMetadataIsAnErrorAtTheDescription(_ index: Int) async throws {
        let (_, description, message) = LibraryTests.mistakes[index]
        let fixture = try LibraryFixture.make()
        defer { fixture.remove() }
        var site = LibraryFixture.site()
        site.briefings[0] = description
        let found = await diagnostics { _ = try await fixture.builder(site).plan() }
        let error = try #require(found.first { $0.message.contains(message) }, "\(found.map(\.message))")
        #expect(error.location.file.hasSuffix("LibraryTests.swift"))
        #expect(error.severity == .error)
    }

    @Test func twoBriefingsWithTheSameTitleAreAnError() async throws {
        let fixture = try Fixture(briefings: ["a": "# Same\n\n## One\n\nText.", "b": "# Same\n\n## One\n\nText."])
        defer { fixture.remove() }
        let site = SiteDescription(title: "T", tagline: "T.", briefings: [BriefingDescription("a"), BriefingDescription("b")])
        let found = await diagnostics { _ = try await fixture.builder(site).plan() }
        #expect(found.contains { $0.message.contains("has the same title as 'a'") })
    }
}
