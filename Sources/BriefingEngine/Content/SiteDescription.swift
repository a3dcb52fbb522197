/// The settings of a whole site that Markdown cannot carry, written in Swift in `content/` so
/// the compiler checks them: the site's name, where it will be published, whether authors may
/// write raw HTML, and what is known about each briefing besides its text.
public struct SiteDescription: Sendable {
    /// Shown in every page's header and title.
    public var title: String
    /// One sentence under the title on the home page.
    public var tagline: String
    /// The address the site is published at (for example `https://example.org/briefings/`), printed
    /// as text on handouts; nil when not yet known, and then omitted.
    public var baseURL: String?
    /// Raw HTML in Markdown is suppressed unless this is true.
    public var allowRawHTML: Bool
    /// How long after its sources were last checked a briefing is due for review.
    public var reviewIntervalMonths: Int
    /// What Markdown cannot say about each briefing, matched to `content/<slug>.md` by slug.
    public var briefings: [BriefingDescription]
    /// The subjects briefings may be filed under; each has a page, `topics/<id>/`.
    public var topics: [Topic]
    /// The groups of practitioners briefings may be written for; each has a page, `audiences/<id>/`.
    public var audiences: [Audience]
    /// The law and guidance briefings cite, listed on the references page.
    public var references: [Reference]

    public init(
        title: String,
        tagline: String,
        baseURL: String? = nil,
        allowRawHTML: Bool = false,
        reviewIntervalMonths: Int = 12,
        briefings: [BriefingDescription] = [],
        topics: [Topic] = [],
        audiences: [Audience] = [],
        references: [Reference] = []
    ) {
        self.title = title
        self.tagline = tagline
        self.baseURL = baseURL
        self.allowRawHTML = allowRawHTML
        self.reviewIntervalMonths = reviewIntervalMonths
        self.briefings = briefings
        self.topics = topics
        self.audiences = audiences
        self.references = references
    }
}
