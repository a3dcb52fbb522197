extension SitePaths {
    /// The name of a briefing's printable one-page handout, beside its page.
    public static let handoutFileName = "print.html"

    /// A briefing's printable one-page handout: `briefings/<slug>/print.html`.
    public static func handout(_ slug: String) -> String { "briefings/\(slug)/\(handoutFileName)" }

    /// The slug of the briefing whose handout is at `path`, or nil when `path` is not a handout.
    public static func handoutSlug(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "briefings", parts[2] == handoutFileName else { return nil }
        return String(parts[1])
    }
}
