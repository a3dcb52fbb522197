/// A `{{#name}}` or `{{^name}}` section that is not closed where it should be: swift-mustache
/// reports only where it noticed (the next closing tag, or past the end of the file) and never
/// the section's name, so the template is read again to name it and say where it was opened.
enum UnclosedSection {
    /// The first section problem in `text`, as an error in the file `file`; nil when every
    /// section closes in order.
    static func find(in text: String, file: String) -> Diagnostic? {
        var open: [MustacheTag] = []
        for tag in MustacheTag.all(in: text) {
            switch tag.sigil {
            case "#", "^":
                open.append(tag)
            case "/":
                guard let innermost = open.popLast() else {
                    return .error(
                        "{{/\(tag.name)}} closes a section, but none is open", at: location(tag, file),
                        hint: "remove it, or open the section with {{#\(tag.name)}} above it", sourceLine: tag.sourceLine)
                }
                if innermost.name != tag.name {
                    return .error(
                        "{{/\(tag.name)}} closes a section, but the innermost open one is '\(innermost.name)', opened at \(location(innermost, file))",
                        at: location(tag, file),
                        hint: "close '\(innermost.name)' with {{/\(innermost.name)}} first, or correct the name", sourceLine: tag.sourceLine)
                }
            default:
                continue
            }
        }
        guard let innermost = open.last else { return nil }
        return .error(
            "the section '\(innermost.name)' opened here is never closed", at: location(innermost, file),
            hint: "close it with {{/\(innermost.name)}} where it should end", sourceLine: innermost.sourceLine)
    }

    private static func location(_ tag: MustacheTag, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: tag.line, column: tag.column)
    }
}
