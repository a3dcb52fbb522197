/// A numbered list as cmark-gfm parsed it (never split out of the HTML): the number of each item,
/// counted from the list's own start (`3.` starts at three), and its plain text. A briefing's
/// rules are read from one, so that an outcome's "rule 7" is the seventh item the reader sees.
public struct NumberedList: Sendable, Hashable {
    /// One item: its number and its text without markup (links and emphasis dropped).
    public struct Item: Sendable, Hashable {
        public var number: Int
        public var text: String
    }

    /// The 1-based line of the list's first item in the Markdown file.
    public var line: Int
    public var items: [Item]
}
