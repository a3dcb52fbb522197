/// What the build's validate step found to be good, ready to render without any further check:
/// every briefing read from its Markdown (in title order), the decision aid of each of its
/// flowcharts, every citation with the place it is made, and the warnings found.
struct ValidatedSite: Sendable {
    var briefings: [Briefing]
    /// The decision aids of each briefing, by slug, in panel order.
    var decisionAids: [String: [WizardFlow]]
    /// Every citation the site makes, briefing by briefing in the content folder's order.
    var citations: [Citation]
    /// Every briefing's title by slug, for notices that name another briefing.
    var titles: [String: String]
    var warnings: [Diagnostic]

    /// The decision aids of `briefing`, in the order of its panels.
    func decisionAids(of briefing: Briefing) -> [WizardFlow] {
        decisionAids[briefing.slug] ?? []
    }
}
