import Foundation

/// Turns heading text into stable, readable fragment ids ("Why it matters (1)" becomes
/// `why-it-matters-1`), de-duplicated within one page by a numeric suffix, so that links to a
/// section survive rebuilds and never collide with each other or with the page's own ids.
public struct HeadingSlugger: Sendable {
    private var used: Set<String>

    /// - Parameter reserved: ids the page layout already uses (for example `main-content`).
    public init(reserved: Set<String> = []) {
        self.used = reserved
    }

    /// The slug of `text` alone, without de-duplication.
    public static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        var slug = ""
        var pendingDash = false
        for character in text.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else if character == " " || character == "-" || character == "_" || character == "/"
                || character == "\u{2013}" || character == "\u{2014}"
            {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// `slug(_:)` for ASCII text, byte by byte: lower-casing and diacritic folding change nothing
    /// else in ASCII, so this gives the same slug without Foundation's `folding` (a slow path).
    private static func asciiSlug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            switch lower {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingDash = false
                slug.append(lower)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"):
                pendingDash = true
            default:
                break
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    /// A slug of `text` not yet handed out on this page.
    public mutating func unique(_ text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
