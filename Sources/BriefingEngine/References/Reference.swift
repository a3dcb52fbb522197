/// A piece of law or official guidance a briefing relies on, described once in `content/` and
/// cited by id from Markdown (`[Data Protection Act 2018](ref:dpa-2018)`) and from flowcharts, so
/// a practitioner can show the legal basis of a decision and a trainer can send them to the source.
public struct Reference: Sendable {
    /// The id citations use, also the fragment of its entry on the references page.
    public var id: String
    public var title: String
    public var publisher: String
    /// The year as the source gives it ("2018 (updated 2024)").
    public var year: String
    /// The source's address, an `https:` URL (only linked, never loaded).
    public var address: String
    /// One line on why it matters to the briefing's subject.
    public var note: String
    public var location: SourceLocation

    public init(
        _ id: String, title: String, publisher: String, year: String, address: String, note: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.year = year
        self.address = address
        self.note = note
        self.location = SourceLocation("Reference", fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
