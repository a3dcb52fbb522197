import BriefingEngine

/// The site's settings and what is known about each briefing besides its Markdown.
public let site = SiteDescription(
    title: "Safeguarding 7-minute briefings",
    tagline: "Short briefings for team meetings, with decision aids for practice.",
    baseURL: nil,
    allowRawHTML: false,
    reviewIntervalMonths: 12,
    briefings: [informationSharing],
    topics: [.informationSharing],
    audiences: [.education, .health, .socialCare, .police],
    references: references
)

/// The subjects briefings are filed under: add one here before a briefing names it.
extension Topic {
    static let informationSharing = Topic("information-sharing", "Information sharing")
}

/// The practitioners briefings are written for.
extension Audience {
    static let education = Audience("education", "Education")
    static let health = Audience("health", "Health")
    static let socialCare = Audience("social-care", "Social care")
    static let police = Audience("police", "Police")
}
