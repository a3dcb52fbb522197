/// How wide a line of text will be when drawn, without a font engine: Arial's advance widths,
/// in ems, for common characters, widened by 8% so that Helvetica or a fallback sans-serif still
/// fits. The diagram wraps and sizes its boxes with it, so the same text always gives the same
/// layout on every machine.
struct ApproximateTextWidth: Sendable {
    var fontSize: Double
    var bold = false

    /// The drawn width of `text`, in the same units as `fontSize`.
    func width(_ text: String) -> Double {
        let ems = text.unicodeScalars.reduce(0) { $0 + Self.ems(of: $1) }
        return ems * fontSize * 1.08 * (bold ? 1.1 : 1)
    }

    /// `text` broken at spaces into lines no wider than `maxWidth`; a word wider than that stands
    /// on a line of its own (the box grows to fit it).
    func wrap(_ text: String, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if line.isEmpty || width(candidate) <= maxWidth {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private static func ems(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "i", "j", "l", "'", "|": 0.23
        case " ", ".", ",", ":", ";", "!", "f", "t", "I", "/", "\\": 0.28
        case "r", "-", "(", ")", "[", "]", "\"", "`": 0.34
        case "m", "M": 0.84
        case "w", "W": 0.95
        case "A"..."Z", "%", "&": 0.73
        case "@": 1.02
        case "\u{2E80}"...: 1.0
        default: 0.56
        }
    }
}
