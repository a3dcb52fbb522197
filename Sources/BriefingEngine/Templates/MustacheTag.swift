/// One `{{…}}` tag of a template's text (default delimiters), with where it is: what the checks
/// that swift-mustache does not make (partials that exist, raw values, sections that close) read.
struct MustacheTag: Sendable, Equatable {
    /// What is between the braces, trimmed, its sigil first (`#briefings`, `> partials/header`, `{title`).
    var body: Substring
    var line: Int
    var column: Int
    var sourceLine: String

    /// The tag's sigil (`#`, `^`, `/`, `>`, `<`, `{`, `&`, `!`, `=`, `%`), or nil for a plain value.
    var sigil: Character? {
        body.first.flatMap { "#^/><{&!=%".contains($0) ? $0 : nil }
    }

    /// The name after the sigil, trimmed.
    var name: String {
        var name = sigil == nil ? body : body.dropFirst()
        while name.first?.isWhitespace == true { name = name.dropFirst() }
        while name.last?.isWhitespace == true || name.last == "}" { name = name.dropLast() }
        return String(name)
    }

    /// Every tag in `text`, in order.
    static func all(in text: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                var body = afterOpen[..<close.lowerBound]
                while body.first?.isWhitespace == true { body = body.dropFirst() }
                while body.last?.isWhitespace == true { body = body.dropLast() }
                tags.append(MustacheTag(
                    body: body, line: index + 1, column: line.distance(from: line.startIndex, to: open.lowerBound) + 1,
                    sourceLine: String(line)))
                rest = afterOpen[close.upperBound...]
            }
        }
        return tags
    }
}
