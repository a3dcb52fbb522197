import Foundation

/// Reads the attributes of every start tag in HTML the engine generated (quoted values, no
/// scripting), enough to find links and ids. Not a general HTML parser: it skips comments,
/// doctype, and the text of `script` and `style` elements.
struct HTMLAttributeScanner {
    /// One attribute of one tag, with the 1-based line it is on.
    struct Attribute: Equatable {
        var tag: String
        var name: String
        var value: String
        var line: Int
    }

    /// The attributes of `html` (UTF-8) whose names are in `names` (lower case), in the order
    /// they come. Only those become strings: a page has many more attributes than links and ids.
    static func attributes(in html: Data, named names: Set<String>) -> [Attribute] {
        let wanted = names.map { Array($0.utf8) }
        return html.withUnsafeBytes { bytes in
            var scanner = HTMLAttributeScanner(bytes: bytes)
            return scanner.scan(keeping: wanted)
        }
    }

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var line = 1

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    private var atEnd: Bool { index >= bytes.count }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
    }

    private mutating func skip(past marker: [UInt8]) {
        while index < bytes.count {
            if bytes[index] == marker[0], index + marker.count <= bytes.count,
               bytes[index..<index + marker.count].elementsEqual(marker) {
                for _ in marker { advance() }
                return
            }
            advance()
        }
    }

    /// Where the name (of a tag or attribute) at the cursor is, and the cursor after it.
    private mutating func name() -> Range<Int> {
        let start = index
        while !atEnd, Self.isNameByte(bytes[index]) { advance() }
        return start..<index
    }

    /// Whether the name at `range` is `name` (lower case), in any case.
    private func name(at range: Range<Int>, is name: [UInt8]) -> Bool {
        range.count == name.count && zip(bytes[range], name).allSatisfy { Self.asciiLowercase($0) == $1 }
    }

    /// The name at `range`, lower-cased.
    private func lowercasedName(at range: Range<Int>) -> String {
        String(decoding: bytes[range].map(Self.asciiLowercase), as: UTF8.self)
    }

    private mutating func scan(keeping wanted: [[UInt8]]) -> [Attribute] {
        var found: [Attribute] = []
        while !atEnd {
            guard bytes[index] == UInt8(ascii: "<") else { advance(); continue }
            advance()
            if !atEnd && bytes[index] == UInt8(ascii: "!") {
                skip(past: [UInt8(ascii: ">")])
                continue
            }
            let tag = name()
            guard !tag.isEmpty else { continue }
            var tagName: String?
            // Attributes, until the end of the tag.
            while !atEnd && bytes[index] != UInt8(ascii: ">") {
                guard Self.isNameByte(bytes[index]) else { advance(); continue }
                let attributeLine = line
                let attribute = name()
                guard !atEnd, bytes[index] == UInt8(ascii: "=") else { continue }
                advance()
                guard !atEnd else { break }
                let quote = bytes[index]
                let valueStart: Int
                let valueEnd: Int
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    advance()
                    valueStart = index
                    while !atEnd && bytes[index] != quote { advance() }
                    valueEnd = index
                    if !atEnd { advance() }
                } else {
                    valueStart = index
                    while !atEnd, bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: " ") { advance() }
                    valueEnd = index
                }
                guard let kept = wanted.first(where: { name(at: attribute, is: $0) }) else { continue }
                if tagName == nil { tagName = lowercasedName(at: tag) }
                let value = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                found.append(Attribute(
                    tag: tagName ?? "", name: String(decoding: kept, as: UTF8.self),
                    value: HTMLEscaping.unescape(value), line: attributeLine))
            }
            for element in Self.rawTextElements where name(at: tag, is: element) { skip(past: Array("</".utf8) + element) }
        }
        return found
    }

    /// The elements whose text is not HTML, skipped to their end tag.
    private static let rawTextElements = [Array("script".utf8), Array("style".utf8)]

    /// Name bytes are ASCII, so lower-casing them is adding 32 to A-Z.
    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }
}
