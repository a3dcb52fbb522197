import Foundation
import Testing

/// The fixture library (`LibraryFixture`: 64 briefings, every notice) built as a site, for the
/// browser gates (Tests/browser), which check it page by page as they check the real site.
@Suite struct LibraryFixtureSiteTests {
    /// With BRIEFING_LIBRARY_FIXTURE_DIR set, the built site is written to
    /// `$BRIEFING_LIBRARY_FIXTURE_DIR/site`; `scripts/test` sets it during its Swift run.
    @Test("the fixture library's site is written for the browser tests when they ask for it")
    func writeForBrowserTests() async throws {
        guard let target = ProcessInfo.processInfo.environment["BRIEFING_LIBRARY_FIXTURE_DIR"] else { return }
        let fixture = try LibraryFixture.make()
        defer { fixture.remove() }
        // No baseURL: with one the 404 page loads its stylesheet from that address, which a local
        // test server is not; the feed and sitemap it adds are checked by LibraryTests.
        _ = try await fixture.builder(LibraryFixture.site(baseURL: nil)).build()
        try fixture.exportSite(to: target)
    }
}
