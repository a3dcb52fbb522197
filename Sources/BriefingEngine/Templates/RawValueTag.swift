/// A `{{{name}}}` or `{{& name}}` tag, which inserts a value without escaping it, found in a
/// template's text. Only values the engine made as HTML may be inserted so: a text value (a title,
/// a label) inserted raw would turn whatever an author typed into live markup.
struct RawValueTag: Sendable, Equatable {
    var name: String
    var line: Int
    var column: Int
    var sourceLine: String

    /// Names of values that are HTML the engine made and escaped itself.
    static func isHTML(_ name: String) -> Bool {
        let last = name.split(separator: ".").last.map(String.init) ?? name
        return last.hasSuffix("HTML") || last.hasSuffix("SVG") || ["content", "html", "json"].contains(last)
    }

    /// Every raw tag among a template's `tags` whose value is not HTML.
    static func unsafe(among tags: [MustacheTag]) -> [RawValueTag] {
        tags.compactMap { tag in
            guard tag.sigil == "{" || tag.sigil == "&", !tag.name.isEmpty, !isHTML(tag.name) else { return nil }
            return RawValueTag(name: tag.name, line: tag.line, column: tag.column, sourceLine: tag.sourceLine)
        }
    }
}
