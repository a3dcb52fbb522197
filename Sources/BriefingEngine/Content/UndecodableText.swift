import Foundation

/// Where a file that should be UTF-8 text stops being it: the first byte that is not UTF-8, or the
/// first NUL (a sign of a binary file or of UTF-16), by line and column, with the line as it
/// decodes (the bad byte shown as U+FFFD), so an author can find one stray byte in a long file.
struct UndecodableText {
    var line: Int
    var column: Int
    var sourceLine: String
    /// Whether the problem is a NUL byte rather than a byte that is not UTF-8.
    var isNul: Bool

    /// The first problem in `data`, or nil when it is UTF-8 text without NUL bytes.
    static func find(in data: Data) -> UndecodableText? {
        // Nearly every file is good text: one validating pass, and the walk below only for the rest.
        if isText(data) { return nil }
        var decoder = UTF8()
        var bytes = data.makeIterator()
        var line = 1
        var column = 1
        var lineStart = data.startIndex
        var offset = data.startIndex
        var found: (column: Int, isNul: Bool)?
        decoding: while found == nil {
            let before = offset
            var counting = CountingIterator(base: bytes, count: 0)
            let result = decoder.decode(&counting)
            bytes = counting.base
            offset += counting.count
            switch result {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    found = (column, true)
                } else if scalar == "\n" {
                    line += 1
                    column = 1
                    lineStart = offset
                } else {
                    column += 1
                }
            case .emptyInput:
                break decoding
            case .error:
                found = (column, false)
                offset = before
            }
        }
        guard let found else { return nil }
        let end = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
        let text = String(decoding: data[lineStart..<end], as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        return UndecodableText(line: line, column: found.column, sourceLine: text, isNul: found.isNul)
    }

    /// Whether `data` is UTF-8 without a NUL byte.
    private static func isText(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
        }
    }

    /// The diagnostic for a file at `file` whose text this is.
    func error(file: String) -> Diagnostic {
        .error(
            isNul ? "the file holds a NUL byte, so it is not UTF-8 text" : "this line holds a byte that is not UTF-8 text",
            at: SourceLocation(file: file, line: line, column: column),
            hint: isNul
                ? "save it as UTF-8 text (in most editors: Save As, Encoding: UTF-8); a binary file belongs beside the Markdown, linked from it"
                : "retype the character marked \u{FFFD}, or save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            sourceLine: sourceLine)
    }
}

/// Counts the bytes a decoder takes from an iterator.
private struct CountingIterator: IteratorProtocol {
    var base: Data.Iterator
    var count: Int

    mutating func next() -> UInt8? {
        guard let byte = base.next() else { return nil }
        count += 1
        return byte
    }
}
