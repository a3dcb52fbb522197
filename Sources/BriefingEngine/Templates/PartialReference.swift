/// A `{{> name}}` (partial) or `{{< name}}` (parent) tag found in a template's text, with where it
/// is, so a reference to a template that does not exist can be reported at its line and column.
struct PartialReference: Sendable, Equatable {
    var name: String
    var line: Int
    var column: Int
    var sourceLine: String

    /// Every partial and parent tag in `text` (templates using the default `{{ }}` delimiters).
    static func all(in text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingWhitespace()
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingWhitespace()
                    if !name.isEmpty && !name.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        references.append(PartialReference(
                            name: String(name), line: index + 1, column: column, sourceLine: String(line)))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return references
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var result = self
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return result
    }
}
