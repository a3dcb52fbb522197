import Foundation

/// The number of pages of a PDF, read from its page tree: the largest `/Count` of a `/Pages`
/// node, which is the root's. Chromium (Skia) writes the page tree uncompressed, so no PDF library
/// is needed to count the pages of a handout it printed.
public enum PDFPageCount {
    /// The page count, or nil when `pdf` holds no readable page tree.
    public static func count(in pdf: Data) -> Int? {
        let text = String(decoding: pdf, as: UTF8.self)
        var largest: Int?
        var rest = text[...]
        while let range = rest.range(of: "/Count ") {
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let value = Int(digits) { largest = max(largest ?? value, value) }
            rest = rest[range.upperBound...]
        }
        return largest
    }
}
