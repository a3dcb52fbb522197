/// A `{{> name}}` (partial) or `{{< name}}` (parent) tag found in a template's text, with where it
/// is, so a reference to a template that does not exist can be reported at its line and column.
struct PartialReference: Sendable, Equatable {
    var name: String
    var line: Int
    var column: Int
    var sourceLine: String

    /// Every partial and parent tag among a template's `tags`.
    static func all(among tags: [MustacheTag]) -> [PartialReference] {
        tags.compactMap { tag in
            guard tag.sigil == ">" || tag.sigil == "<", !tag.name.isEmpty, !tag.name.hasPrefix("*") else { return nil }
            return PartialReference(name: tag.name, line: tag.line, column: tag.column, sourceLine: tag.sourceLine)
        }
    }
}
