/// Escaping for every value the site shows: the attribute values the engine writes itself (heading
/// ids, rewritten link addresses, labels) and, through `TemplateEscaping`, every `{{value}}` of a
/// template. It works on UTF-8 bytes, not on Characters: a `"` followed by a combining mark is one
/// Character, and an escaper that compares Characters (swift-mustache's own) lets that quote end
/// an attribute. The five characters escaped are ASCII, and no byte of a longer UTF-8 sequence is.
/// `unescape` undoes it, for checks that read the generated pages back.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references: safe as text and
    /// inside a quoted attribute.
    public static func attribute(_ text: String) -> String {
        // Most values need no escaping: say so from the bytes.
        guard text.utf8.contains(where: { reference(for: $0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let reference = reference(for: byte) { escaped += reference.utf8 } else { escaped.append(byte) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func reference(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// The text the character references in `text` stand for: those this escaping and Mustache
    /// write (and `&#x2F;`, `&#x3D;`, which other escapers use). Others are left as they are.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&#x3D;", with: "=")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
