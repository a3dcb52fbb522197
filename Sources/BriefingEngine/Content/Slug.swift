/// The rule for a briefing's slug, which becomes a folder name in `site/`: lower-case letters,
/// digits and single hyphens only, so that no slug can name a path outside the output directory.
public enum Slug {
    public static func isValid(_ slug: String) -> Bool {
        guard let first = slug.first, let last = slug.last, first != "-", last != "-" else { return false }
        var previousWasHyphen = false
        for character in slug.unicodeScalars {
            switch character {
            case "a"..."z", "0"..."9": previousWasHyphen = false
            case "-":
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default: return false
            }
        }
        return true
    }
}
