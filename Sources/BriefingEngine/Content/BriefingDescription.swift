/// What a briefing's Markdown cannot carry — its author, the edition of the official advice it
/// follows, when its sources were last checked — given in Swift and matched to the Markdown file
/// `content/<slug>.md` by slug. A Markdown file without one is still a briefing.
public struct BriefingDescription: Sendable {
    public var slug: String
    public var author: String?
    /// Which edition of the official advice the briefing follows, in words a reader understands.
    public var edition: String?
    /// The official advice the briefing is drawn from, named with its address on the printed
    /// handout so that a reader of the paper copy can find the original.
    public var source: Source?
    /// The day (`YYYY-MM-DD`) the briefing's sources were last checked against the originals.
    public var sourcesLastChecked: String?
    /// Decision flowcharts, each shown in the panel whose heading is the flowchart's title and
    /// published as a decision wizard.
    public var flowcharts: [Flowchart]
    /// The panel whose numbered list is the briefing's rules (the ones an `Outcome`'s `rules:`
    /// point to by number): its heading as written after `## ` ("The 7 golden rules") or its id
    /// ("the-7-golden-rules"). Nil when the briefing has no rules.
    public var rulesPanel: String?
    /// The subjects it is filed under, each declared in `SiteDescription.topics`.
    public var topics: [Topic]
    /// Who it is written for, each declared in `SiteDescription.audiences`.
    public var audiences: [Audience]
    /// One sentence for lists and the feed; without it, the first paragraph of the Markdown.
    public var summary: String?
    /// The day (`YYYY-MM-DD`) it was first published, when known. Never a file's time: the build
    /// stays reproducible.
    public var published: String?
    /// The day (`YYYY-MM-DD`) it was last updated, when it has been; not before `published`.
    public var updated: String?
    /// Whether it can be relied on today.
    public var status: BriefingStatus
    /// Set when the official advice it follows has been replaced by a newer edition.
    public var replacedEdition: ReplacedEdition?
    /// Where this description was written, for diagnostics.
    public var location: SourceLocation

    public init(
        _ slug: String,
        author: String? = nil,
        edition: String? = nil,
        source: Source? = nil,
        sourcesLastChecked: String? = nil,
        flowcharts: [Flowchart] = [],
        rulesPanel: String? = nil,
        topics: [Topic] = [],
        audiences: [Audience] = [],
        summary: String? = nil,
        published: String? = nil,
        updated: String? = nil,
        status: BriefingStatus = .current,
        replacedEdition: ReplacedEdition? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.slug = slug
        self.author = author
        self.edition = edition
        self.source = source
        self.sourcesLastChecked = sourcesLastChecked
        self.flowcharts = flowcharts
        self.rulesPanel = rulesPanel
        self.topics = topics
        self.audiences = audiences
        self.summary = summary
        self.published = published
        self.updated = updated
        self.status = status
        self.replacedEdition = replacedEdition
        self.location = SourceLocation("BriefingDescription", fileID: fileID, filePath: filePath, line: line, column: column)
    }
}

extension BriefingDescription {
    /// A publication a briefing follows: its title as the publisher gives it, and its address.
    public struct Source: Sendable, Hashable {
        /// For example "Information sharing advice, HM Government".
        public var title: String
        /// The publication's web address, printed as text (for example on the handout's footer).
        public var address: String

        public init(_ title: String, address: String) {
            self.title = title
            self.address = address
        }
    }
}
