/// The words of a briefing as the search page's lunr index sees them: the text cut at white space,
/// hyphens, dashes and apostrophes (`templates/search.js` sets lunr's tokenizer to the same),
/// lowercased, with the non-word characters at either end trimmed as lunr's trimmer does, each
/// word once, sorted. Sending each word once instead of the whole text keeps the search data
/// small; lunr indexes it exactly as it would the text, except how often a word occurs.
public enum SearchWords {
    /// The characters besides white space that separate words, here and in `templates/search.js`.
    static let separators: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "'", "\u{2019}"]

    public static func unique(in text: String) -> [String] {
        var words = Set<String>()
        var lowercased = text.lowercased()
        // Read the UTF-8 bytes: every character lunr keeps in a word is ASCII, so a piece's word
        // starts and ends at ASCII bytes, and only the rare non-ASCII scalar needs decoding to
        // learn whether it separates words. (Per Character or per scalar this step cost more than
        // rendering the briefing.)
        lowercased.withUTF8 { bytes in
            var pieceStart = 0
            var index = 0
            while index < bytes.count {
                let (scalar, length) = decode(bytes, at: index)
                if isSeparator(scalar) {
                    if let word = word(in: bytes[pieceStart..<index]) { words.insert(word) }
                    pieceStart = index + length
                }
                index += length
            }
            if let word = word(in: bytes[pieceStart..<bytes.count]) { words.insert(word) }
        }
        return words.sorted()
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // The ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
            return (0x09...0x0D).contains(scalar.value) || scalar == " " || scalar == "-" || scalar == "'"
        }
        return scalar.properties.isWhitespace || separators.contains(scalar)
    }

    /// The scalar at `index` of valid UTF-8 and how many bytes it takes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        // Valid UTF-8 (a Swift string) decodes to a valid scalar.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// `piece` without the characters at either end that JavaScript's `\W` matches (all but
    /// ASCII letters, digits and `_`), as `lunr.trimmer` does; nil when nothing is left, or for a
    /// web address, which no one searches for (its link text is indexed instead).
    private static func word(in piece: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let isWord: (UInt8) -> Bool = { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
        guard let first = piece.firstIndex(where: isWord), let last = piece.lastIndex(where: isWord) else { return nil }
        let bytes = piece[first...last]
        let word = String(decoding: bytes, as: UTF8.self)
        // Foundation's search, which never matches inside a character ("://" + U+0301 is no
        // match), decides; only the few pieces holding the bytes of "://" need it.
        return bytes.containsWebAddressMark && word.contains("://") ? nil : word
    }
}

private extension Slice<UnsafeBufferPointer<UInt8>> {
    /// Whether the bytes of "://" occur.
    var containsWebAddressMark: Bool {
        var index = startIndex
        while let colon = self[index...].firstIndex(of: UInt8(ascii: ":")) {
            if colon + 2 < endIndex, self[colon + 1] == UInt8(ascii: "/"), self[colon + 2] == UInt8(ascii: "/") { return true }
            index = colon + 1
        }
        return false
    }
}
