import CMarkGFM

/// cmark-gfm keeps its syntax extensions in a process-wide registry that must be filled once,
/// before any parser runs; a Swift `static let` is initialised exactly once, thread-safely.
enum CMarkSetup {
    static let extensionsRegistered: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// The GitHub Flavored Markdown extensions every briefing is parsed with.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
}
