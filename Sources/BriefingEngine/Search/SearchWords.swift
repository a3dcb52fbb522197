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
        var piece = String.UnicodeScalarView()
        // Read scalar by scalar, not by Character: grapheme breaking costs more than the rest.
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || separators.contains(scalar) {
                if let word = word(in: piece) { words.insert(word) }
                piece.removeAll(keepingCapacity: true)
            } else {
                piece.append(scalar)
            }
        }
        if let word = word(in: piece) { words.insert(word) }
        return words.sorted()
    }

    /// `piece` without the characters at either end that JavaScript's `\W` matches (all but
    /// ASCII letters, digits and `_`), as `lunr.trimmer` does; nil when nothing is left, or for a
    /// web address, which no one searches for (its link text is indexed instead).
    private static func word(in piece: String.UnicodeScalarView) -> String? {
        let isWord: (Unicode.Scalar) -> Bool = { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
        }
        guard let first = piece.firstIndex(where: isWord), let last = piece.lastIndex(where: isWord) else { return nil }
        let word = String(piece[first...last])
        return word.contains("://") ? nil : word
    }
}
