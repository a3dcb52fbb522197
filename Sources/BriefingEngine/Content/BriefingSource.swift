/// A briefing's Markdown file as read from `content/`, before rendering.
public struct BriefingSource: Sendable {
    /// From the file name: `content/information-sharing.md` is `information-sharing`.
    public var slug: String
    /// The path printed in diagnostics (for example `content/information-sharing.md`).
    public var displayPath: String
    /// The file's path inside the content folder, used to resolve its relative links.
    public var relativePath: String
    public var text: String
}

/// Everything read from `content/`: the briefings' Markdown and the other files (images,
/// documents) that briefings link to, which are copied to `site/files/`.
public struct LoadedContent: Sendable {
    public private(set) var briefings: [BriefingSource]
    /// Paths inside the content folder of files that are neither Markdown nor Swift.
    public let files: [String]
    /// Every briefing's slug, and `files`, as sets: every link of every briefing is looked up in
    /// them, so they are made once here, not once per briefing (which grew with the square of N).
    public let slugs: Set<String>
    public let fileSet: Set<String>
    /// Paths inside the content folder of symbolic links, which the build does not follow.
    public let symbolicLinks: Set<String>
    /// What loading found worth saying that does not stop the build (each symbolic link skipped).
    public let warnings: [Diagnostic]

    /// Lets the briefings' Markdown go once validate has read it (render copies only `files`):
    /// at 10,000 briefings the text is a tenth of the build's memory.
    mutating func releaseMarkdown() {
        briefings = []
    }

    public init(briefings: [BriefingSource], files: [String], symbolicLinks: Set<String> = [], warnings: [Diagnostic] = []) {
        self.briefings = briefings
        self.files = files
        self.symbolicLinks = symbolicLinks
        self.warnings = warnings
        self.slugs = Set(briefings.map(\.slug))
        self.fileSet = Set(files)
    }
}
