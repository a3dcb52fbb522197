/// The words of a briefing as the search page's lunr index sees them: the text cut at spaces,
/// hyphens, dashes and apostrophes (`templates/search.js` sets lunr's tokenizer to the same),
/// lowercased, with the non-word characters at either end trimmed as lunr's trimmer does, each
/// word once, sorted. Sending each word once instead of the whole text keeps the search data
/// small; lunr indexes it exactly as it would the text, except how often a word occurs.
public enum SearchWords {
    /// The characters that separate words, here and in `templates/search.js`.
    static let separators: Set<Character> = ["-", "\u{2013}", "\u{2014}", "'", "\u{2019}"]

    public static func unique(in text: String) -> [String] {
        var words = Set<String>()
        for piece in text.lowercased().split(whereSeparator: { $0.isWhitespace || separators.contains($0) }) {
            // A web address is not a word anyone searches for; its link text is indexed instead.
            guard !piece.contains("://") else { continue }
            let word = trimmed(piece)
            if !word.isEmpty { words.insert(String(word)) }
        }
        return words.sorted()
    }

    /// `piece` without the characters at either end that JavaScript's `\W` matches (all but
    /// ASCII letters, digits and `_`), as `lunr.trimmer` does.
    private static func trimmed(_ piece: Substring) -> Substring {
        let isWord: (Character) -> Bool = { character in
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }
        guard let first = piece.firstIndex(where: isWord), let last = piece.lastIndex(where: isWord) else { return "" }
        return piece[first...last]
    }
}
