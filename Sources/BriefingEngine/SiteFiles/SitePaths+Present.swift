extension SitePaths {
    /// The name of a briefing's present mode (one panel per screen, for a team meeting), beside its page.
    public static let presentFileName = "present.html"

    /// A briefing's present mode: `briefings/<slug>/present.html`.
    public static func present(_ slug: String) -> String { "briefings/\(slug)/\(presentFileName)" }

    /// The name of a briefing's page for recording a session at which it was presented.
    public static let deliveryRecordFileName = "record.html"

    /// A briefing's "Record this session" page: `briefings/<slug>/record.html`.
    public static func deliveryRecord(_ slug: String) -> String { "briefings/\(slug)/\(deliveryRecordFileName)" }

    /// The slug of the briefing whose present mode is at `path`, or nil when `path` is not one.
    public static func presentSlug(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "briefings", parts[2] == presentFileName else { return nil }
        return String(parts[1])
    }
}
