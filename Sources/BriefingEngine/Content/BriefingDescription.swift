/// What a briefing's Markdown cannot carry — its author, the edition of the official advice it
/// follows, when its sources were last checked — given in Swift and matched to the Markdown file
/// `content/<slug>.md` by slug. A Markdown file without one is still a briefing.
public struct BriefingDescription: Sendable {
    public var slug: String
    public var author: String?
    /// Which edition of the official advice the briefing follows, in words a reader understands.
    public var edition: String?
    /// The day (`YYYY-MM-DD`) the briefing's sources were last checked against the originals.
    public var sourcesLastChecked: String?
    /// Where this description was written, for diagnostics.
    public var location: SourceLocation

    public init(
        _ slug: String,
        author: String? = nil,
        edition: String? = nil,
        sourcesLastChecked: String? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line
    ) {
        self.slug = slug
        self.author = author
        self.edition = edition
        self.sourcesLastChecked = sourcesLastChecked
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line)
    }
}
