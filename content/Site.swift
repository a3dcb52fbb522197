import BriefingEngine

/// The site's settings and what is known about each briefing besides its Markdown.
public let site = SiteDescription(
    title: "Safeguarding 7-minute briefings",
    tagline: "Short briefings for team meetings, with decision aids for practice.",
    baseURL: nil,
    allowRawHTML: false,
    reviewIntervalMonths: 12,
    briefings: [informationSharing],
    references: references
)
