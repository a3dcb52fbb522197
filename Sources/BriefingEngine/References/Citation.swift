/// One place that cites a reference: a link in a briefing's Markdown or a flowchart question or
/// outcome. The references page lists these as "Cited in" back-links to the exact place.
public struct Citation: Sendable {
    public var referenceID: String
    /// The page that holds the citation, from the site's root.
    public var page: String
    /// The id of the citing element on that page.
    public var anchor: String
    /// Where the citation is, in words: "7 minutes briefing: Information Sharing — The 7 golden rules".
    public var label: String
    public var location: SourceLocation

    public init(referenceID: String, page: String, anchor: String, label: String, location: SourceLocation) {
        self.referenceID = referenceID
        self.page = page
        self.anchor = anchor
        self.label = label
        self.location = location
    }
}
