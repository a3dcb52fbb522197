import BriefingEngine
import Foundation
import Testing

/// Search: the data the search page indexes (every listed briefing, its words, topics and decision
/// aid questions), that two builds write it byte for byte the same, the page itself, and a missing
/// lunr.js reported with the package to install.
@Suite struct SearchTests {
    /// The documents of a built site's search data, and the data file's path and bytes.
    private func searchData(in files: [OutputFile]) throws -> (path: String, bytes: Data, documents: [[String: Any]]) {
        let file = try #require(files.first { $0.path.hasPrefix("search/briefings.") && $0.path.hasSuffix(".js") })
        let text = String(decoding: file.data, as: UTF8.self)
        let prefix = "window.briefingSearchData = "
        #expect(text.hasPrefix(prefix) && text.hasSuffix(";\n"))
        let json = Data(text.dropFirst(prefix.count).dropLast(2).utf8)
        let documents = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        return (file.path, file.data, documents)
    }

    @Test("the search data has every listed briefing of the library, A to Z, with its own words, topics and status")
    func theLibrarysSearchData() async throws {
        let fixture = try LibraryFixture.make()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder(LibraryFixture.site()).plan()
        let (_, _, documents) = try searchData(in: files)
        let listed = (0..<LibraryFixture.count).filter { $0 != 5 }
        #expect(documents.map { $0["url"] as? String } == listed.map { "briefings/\(LibraryFixture.slug($0))/index.html" })
        for (document, index) in zip(documents, listed) {
            let words = try #require(document["words"] as? String).split(separator: " ").map(String.init)
            // Each briefing's marker word is in its words and no other briefing's.
            #expect(words.contains("marker\(index)word"))
            #expect(words.filter { $0.hasPrefix("marker") } == ["marker\(index)word"])
            #expect(words == words.sorted() && Set(words).count == words.count, "each word once, sorted")
            #expect(words.contains("background") && words.contains("lead"), "panel headings and text")
            let description = LibraryFixture.description(index)
            #expect(document["topics"] as? [String] == description.topics.map(\.name))
            #expect(document["audiences"] as? [String] == description.audiences.map(\.name))
            #expect(document["title"] as? String == String(format: "Briefing %02d on ", index) + LibraryFixture.topics[index % 6].name)
            #expect(document["summary"] as? String == "What practitioners need to know, number \(index).")
        }
        #expect(documents[3]["status"] as? String == "Replaced")
        #expect(documents[6]["status"] as? String == "Under review")
        #expect(documents[7]["status"] == nil)
    }

    @Test("a decision aid's questions, hints and outcomes are searched, and a summary from the description; presenter notes are not")
    func decisionAidQuestionsAreSearched() async throws {
        let markdown = WhoToTellSite.briefing
            + "\n\nFollow the chart: a [linked guide](https://example.org/guide) and co-operation’s value.\n"
            + "\n> Notes: pause here, presenterword.\n"
        let fixture = try Fixture(briefings: ["telling": markdown])
        defer { fixture.remove() }
        let site = SiteDescription(
            title: "T", tagline: "t",
            briefings: [BriefingDescription(
                "telling", flowcharts: [FlowchartFixtures.whoToTell], rulesPanel: "The 7 rules", summary: "Who to call.")],
            references: WhoToTellSite.description.references)
        let (files, _) = try await fixture.builder(site).plan()
        let document = try #require(try searchData(in: files).documents.first)
        let questions = try #require(document["questions"] as? String).split(separator: "\n").map(String.init)
        #expect(questions == [
            "Who to tell", "Is a child in immediate danger?", "Think about the next few hours.",
            "Are you worried about the child's welfare?", "Can you reach your safeguarding lead now?",
            "Call 999", "Tell your safeguarding lead today", "Record your concern & keep watching <carefully>",
        ])
        #expect(document["summary"] as? String == "Who to call.")
        let words = try #require(document["words"] as? String).split(separator: " ").map(String.init)
        // Cut at hyphens and apostrophes as lunr is told to; link text kept, addresses left out.
        #expect(words.contains("co") && words.contains("operation") && words.contains("s"))
        #expect(words.contains("linked") && words.contains("guide") && !words.contains { $0.contains("example") })
        #expect(words.contains("telling") && words.contains("chart"))
        #expect(!words.contains("presenterword"), "presenter notes are not on the page, so not searched")
    }

    @Test("two builds write the same search data byte for byte, named by its hash")
    func searchDataIsDeterministic() async throws {
        let fixture = try LibraryFixture.make()
        defer { fixture.remove() }
        var reversed = LibraryFixture.site()
        reversed.briefings.reverse()
        let first = try searchData(in: try await fixture.builder(LibraryFixture.site()).plan().files)
        let second = try searchData(in: try await fixture.builder(reversed).plan().files)
        #expect(first.bytes == second.bytes)
        #expect(first.path == "search/briefings.\(ContentHash.hex(first.bytes)).js")
        #expect(first.path == second.path)
    }

    @Test("the search page loads lunr, its data and its script, lists every topic for a browser without JavaScript, and every page links to it")
    func theSearchPage() async throws {
        let fixture = try LibraryFixture.make()
        defer { fixture.remove() }
        let (files, _) = try await fixture.builder(LibraryFixture.site()).plan()
        let pages = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        let page = try #require(pages["search/index.html"])
        let (dataPath, _, _) = try searchData(in: files)
        let scripts = page.components(separatedBy: "<script src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(scripts.count == 3)
        #expect(scripts[0].hasPrefix("../assets/lunr.min.") && scripts[1] == "../" + dataPath && scripts[2].hasPrefix("../assets/search."))
        #expect(page.contains("Search needs JavaScript"))
        for topic in LibraryFixture.topics { #expect(page.contains("<a href=\"../topics/\(topic.id)/index.html\">\(topic.name)</a>")) }
        #expect(page.contains("<label class=\"search-form__label\" for=\"search-words\">"))
        #expect(page.contains("role=\"status\""))
        let lunr = try #require(files.first { $0.path.hasPrefix("assets/lunr.min.") })
        #expect(lunr.data == FileManager.default.contents(atPath: SearchLibrary.debianPath), "Debian's lunr.js, unchanged")
        // 404.html leads from the base URL, as a host shows it at any depth.
        for (path, html) in pages where path.hasSuffix(".html") && path != "404.html" && html.contains("class=\"site-header\"") {
            #expect(html.contains("href=\"\(SitePaths.root(from: path))search/index.html\">Search</a>"), "\(path)")
        }
    }

    @Test("without lunr.js the build stops, names Debian's package, and leaves the previous site as it was")
    func missingLunrIsAClearError() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        _ = try await fixture.builder().build()
        let before = fixture.tree(fixture.site)
        var configuration = fixture.configuration
        configuration.searchLibrary = fixture.root.appendingPathComponent("no-lunr/lunr.min.js")
        let problems = await diagnostics { _ = try await SiteBuilder(site: SiteDescription(title: "T", tagline: "t"), configuration: configuration).build() }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("lunr.js") == true)
        #expect(problems.first?.hint?.contains("apt-get install libjs-lunr") == true)
        #expect(fixture.tree(fixture.site) == before)
    }

    @Test("words are lowercased, cut at spaces, hyphens, dashes and apostrophes, trimmed as lunr trims, each once", arguments: [
        ("Share, share; SHARE!", ["share"]),
        ("co-operate — well–being", ["being", "co", "operate", "well"]),
        ("child’s (welfare) s.47", ["child", "s", "s.47", "welfare"]),
        ("see https://www.gov.uk/x and “quotes”", ["and", "quotes", "see"]),
        ("— … –", []),
    ])
    func searchWords(text: String, expected: [String]) {
        #expect(SearchWords.unique(in: text) == expected)
    }
}
