import BriefingEngine
import Foundation

/// A partnership's library made in code: 64 briefings over 6 topics and 4 audiences, with dates,
/// one superseded, one withdrawn, one under review and one following an edition of the advice that
/// has since been replaced — the shape a partnership's site takes after a few years, for the
/// library's tests and (exported by `LibraryFixtureSiteTests`) the browser gates.
enum LibraryFixture {
    static let topics = [
        Topic("neglect", "Neglect"), Topic("exploitation", "Exploitation"), Topic("domestic-abuse", "Domestic abuse"),
        Topic("professional-curiosity", "Professional curiosity"), Topic("escalation", "Escalation"),
        Topic("information-sharing", "Information sharing"),
    ]
    static let audiences = [
        Audience("education", "Education"), Audience("health", "Health"),
        Audience("social-care", "Social care"), Audience("police", "Police"),
    ]
    static let count = 64

    static func slug(_ index: Int) -> String { String(format: "briefing-%02d", index) }

    /// The Markdown of briefing `index`: a title, a summary paragraph, two panels; one word in
    /// each body is unique to it (`wordNN`), for search.
    static func markdown(_ index: Int) -> String {
        """
        # Briefing \(String(format: "%02d", index)) on \(topics[index % topics.count].name)

        What practitioners need to know, number \(index).

        ## Background

        Background text with the word marker\(index)word.

        ## What to do

        Speak to your safeguarding lead.
        """ + (index == 11 ? contactsTable : "")
    }

    /// A panel with a table wider than a phone's screen (an address that cannot wrap), as a
    /// partnership's contact list is: it must scroll in its own region, never the page.
    static let contactsTable = """


        ## Who to contact

        | Agency | Contact | Out of hours |
        |---|---|---|
        | Children's social care front door | childrens.safeguarding.referrals@example-county.gov.uk | 0300 000 0000 |
        | Police (not an emergency) | 101 | 101 |
        """

    static func description(_ index: Int) -> BriefingDescription {
        let month = String(format: "%02d", index % 12 + 1)
        let day = String(format: "%02d", index % 28 + 1)
        let status: BriefingStatus
        switch index {
        case 3: status = .superseded(by: .briefing(slug(4)), since: "2025-06-01")
        case 5: status = .withdrawn(since: "2025-07-01", reason: "The service it describes has closed.")
        case 7: status = .underReview(since: "2026-01-15")
        default: status = .current
        }
        return BriefingDescription(
            slug(index),
            author: "Author \(index % 5)",
            topics: [topics[index % topics.count]] + (index % 4 == 0 ? [topics[(index + 1) % topics.count]] : []),
            audiences: [audiences[index % audiences.count]],
            published: "2024-\(month)-\(day)",
            updated: index % 3 == 0 ? "2026-\(month)-\(day)" : nil,
            status: status,
            replacedEdition: index == 9
                ? ReplacedEdition(by: "the 2026 edition of the fixture guidance", since: "2026-02-01",
                                  address: "https://example.org/guidance/2026")
                : nil)
    }

    static func site(baseURL: String? = "https://example.org/safeguarding/") -> SiteDescription {
        SiteDescription(
            title: "Partnership briefings", tagline: "Briefings for team meetings.", baseURL: baseURL,
            briefings: (0..<count).map(description), topics: topics, audiences: audiences)
    }

    static func make() throws -> Fixture {
        var briefings: [String: String] = [:]
        for index in 0..<count { briefings[slug(index)] = markdown(index) }
        return try Fixture(briefings: briefings)
    }
}
