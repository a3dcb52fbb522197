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

    static func attributes(in html: String) -> [Attribute] {
        let bytes = Array(html.utf8)
        var found: [Attribute] = []
        var index = 0
        var line = 1
        func advance() {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        func skip(past marker: String) {
            let target = Array(marker.utf8)
            while index < bytes.count {
                if bytes[index] == target[0], index + target.count <= bytes.count,
                   bytes[index..<index + target.count].elementsEqual(target) {
                    for _ in target { advance() }
                    return
                }
                advance()
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { advance(); continue }
            advance()
            if index < bytes.count && bytes[index] == UInt8(ascii: "!") {
                skip(past: ">")
                continue
            }
            var nameBytes: [UInt8] = []
            while index < bytes.count, isNameByte(bytes[index]) {
                nameBytes.append(asciiLowercase(bytes[index]))
                advance()
            }
            guard !nameBytes.isEmpty else { continue }
            let name = String(decoding: nameBytes, as: UTF8.self)
            // Attributes, until the end of the tag.
            while index < bytes.count && bytes[index] != UInt8(ascii: ">") {
                guard isNameByte(bytes[index]) else { advance(); continue }
                var attribute: [UInt8] = []
                let attributeLine = line
                while index < bytes.count, isNameByte(bytes[index]) {
                    attribute.append(asciiLowercase(bytes[index]))
                    advance()
                }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                advance()
                guard index < bytes.count else { break }
                let quote = bytes[index]
                var value: [UInt8] = []
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    advance()
                    while index < bytes.count && bytes[index] != quote { value.append(bytes[index]); advance() }
                    if index < bytes.count { advance() }
                } else {
                    while index < bytes.count, bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: " ") {
                        value.append(bytes[index]); advance()
                    }
                }
                found.append(Attribute(
                    tag: name, name: String(decoding: attribute, as: UTF8.self),
                    value: HTMLEscaping.unescape(String(decoding: value, as: UTF8.self)), line: attributeLine))
            }
            if name == "script" || name == "style" { skip(past: "</\(name)") }
        }
        return found
    }

    /// Name bytes are ASCII, so lower-casing them is adding 32 to A-Z.
    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }
}
