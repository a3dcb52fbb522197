/// Escaping for the few attribute values the engine writes itself (heading ids, rewritten link
/// addresses); everything a template shows is escaped by Mustache instead.
enum HTMLEscaping {
    static func attribute(_ text: String) -> String {
        // Most values need no escaping: say so from the bytes, without walking the characters.
        guard text.utf8.contains(where: { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
