import BriefingEngine
import Foundation
import SiteContent
import Testing

/// The Information Sharing briefing follows HM Government's 2018 advice, which the 2024 edition
/// replaced: every page about it must say so before anything else.
@Suite struct SeedNoticeTests {
    @Test func everyPageAboutTheSeedSaysItsAdviceWasReplaced() async throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let (files, _) = try await fixture.builder(SiteContent.site).plan()
        let pages = files.filter { $0.path.hasPrefix("briefings/information-sharing/") && $0.path.hasSuffix(".html") }
        #expect(pages.count > 5)
        for page in pages {
            let html = String(decoding: page.data, as: UTF8.self)
            let main = try #require(html.components(separatedBy: "id=\"main-content\"").last)
            let notice = try #require(main.range(of: "class=\"status-notice\""), "\(page.path) has no notice")
            #expect(main.contains("was published on 19 April 2024"), "\(page.path)")
            #expect(main.contains("href=\"https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice\""))
            // At the top: before the page's own first heading (the handout's: before its text panels).
            let firstPanel = main.range(of: "<h1") ?? main.range(of: "class=\"handout__text\"")
            if page.path.hasSuffix("present.html") {
                // On the title screen: before the second screen begins.
                let screens = main.components(separatedBy: "<section")
                #expect(screens.count > 2 && screens[1].contains("class=\"status-notice\""), "present.html: notice not on the title screen")
            } else if page.path.hasSuffix("print.html") {
                #expect(main.contains("The advice this briefing follows was replaced on 19 April 2024."))
            } else {
                #expect(notice.lowerBound < (firstPanel?.lowerBound ?? main.endIndex), "\(page.path): notice after the heading")
            }
        }
        let home = String(decoding: try #require(files.first { $0.path == "index.html" }).data, as: UTF8.self)
        #expect(!home.contains("status-notice"))
    }
}
