/// Whether a practitioner can rely on a briefing today. A briefing that is superseded or withdrawn
/// stays at its address with a notice saying so (nobody's bookmark breaks), and a withdrawn one is
/// left out of every list. Days are written `YYYY-MM-DD` and checked by the build.
public enum BriefingStatus: Sendable, Hashable {
    /// In use.
    case current
    /// Being checked against changed guidance; still shown, with a notice.
    case underReview(since: String? = nil)
    /// Replaced by another briefing of this site (its slug) or by a publication (its title and
    /// address), since the given day.
    case superseded(by: Replacement, since: String)
    /// No longer to be used, since the given day; `reason` says why, in words.
    case withdrawn(since: String, reason: String? = nil)

    /// What replaces a superseded briefing.
    public enum Replacement: Sendable, Hashable {
        /// Another briefing of this site, by slug.
        case briefing(String)
        /// A publication elsewhere, by title and `https://` address.
        case publication(String, address: String)
    }

    /// Withdrawn briefings are left out of lists and feeds.
    public var isListed: Bool {
        if case .withdrawn = self { return false }
        return true
    }
}
