/// The fact that the official advice a briefing follows has since been replaced by a newer
/// edition: every page, handout and decision-aid page of the briefing then says so at the top,
/// with a link, so nobody relies on it without knowing. Taken from checked facts about the source
/// (`shared/references.md`), never guessed.
public struct ReplacedEdition: Sendable, Hashable {
    /// The newer edition, named as a reader would look for it.
    public var newer: String
    /// The day (`YYYY-MM-DD`) the newer edition was published.
    public var since: String
    /// Where the newer edition can be read (`https://`).
    public var address: String

    public init(by newer: String, since: String, address: String) {
        self.newer = newer
        self.since = since
        self.address = address
    }
}
