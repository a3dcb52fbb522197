import Foundation

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

    /// Every raw tag in `text` (default `{{ }}` delimiters) whose value is not HTML.
    static func unsafe(in text: String) -> [RawValueTag] {
        var tags: [RawValueTag] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                var tag = afterOpen[..<close.lowerBound]
                rest = afterOpen[close.upperBound...]
                guard let sigil = tag.first, sigil == "{" || sigil == "&" else { continue }
                tag = tag.dropFirst()
                let name = tag.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, !isHTML(name) else { continue }
                tags.append(RawValueTag(
                    name: name, line: index + 1, column: line.distance(from: line.startIndex, to: open.lowerBound) + 1,
                    sourceLine: String(line)))
            }
        }
        return tags
    }
}
