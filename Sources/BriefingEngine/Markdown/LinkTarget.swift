/// What a link or image address written in Markdown becomes on the generated page. The Markdown
/// renderer asks a resolver for each address, so that the rules (content-relative files, other
/// briefings, citations, external sites) live with the code that knows the site's layout.
public enum LinkTarget: Sendable, Equatable {
    /// Leave the address as written (fragments, `mailto:`; cmark-gfm's safe mode blanks
    /// `javascript:` and similar addresses itself).
    case unchanged
    /// An address inside the generated site, already relative to the page being rendered.
    case site(String)
    /// A page on another site: rendered with `rel="noopener noreferrer"` and a visible note.
    case external(String)
    /// A citation of a reference: a link to its entry (`url`) that carries an id of its own, so the
    /// references page can link back to this exact place.
    case citation(referenceID: String, url: String)
    /// The address is wrong; the diagnostic says where and why.
    case rejected(Diagnostic)
}

/// A link or image address found in Markdown, with where it was written.
public struct MarkdownLink: Sendable {
    public var address: String
    public var isImage: Bool
    public var location: SourceLocation
    public var sourceLine: String?
}

/// Decides the `LinkTarget` of each address in one Markdown file.
public typealias LinkResolver = @Sendable (MarkdownLink) -> LinkTarget
