/// Whether each panel of a briefing fits on one present-mode screen at 1280×720, the smallest
/// projector size, where `templates/present.css` sets its largest type relative to the screen. A
/// panel that does not fit still works (it scrolls within its screen), but a presenter would have
/// to scroll in front of the room, so the build warns at the panel's heading, saying by how much.
///
/// The height is an estimate, made without a browser from the panel's HTML: lines of text per
/// block at an average character width, plus each block's margins, all as `present.css` sets them,
/// measured in Chromium. Against Chromium on the fixtures (`Tests/present`) it is within
/// `Layout.tolerance` of the true overflow. Pictures are not measured (they count as nothing);
/// presenter notes are left out (they show only when the presenter asks).
public struct PresentScreenFit: Sendable {
    /// Present mode's screen at 1280×720, in CSS pixels, from `templates/present.css` and
    /// `site.css` (the numbers Chromium computes from them).
    public struct Layout: Sendable {
        /// What a screen has for its heading and text: 720 less the bar of controls (57) and the
        /// screen's padding (16 above, 20 below).
        public var height = 627.0
        /// The text's width: 1280 less `max(1.5rem, 4vw)` each side.
        public var width = 1177.6
        /// Body text: `1.1rem + 1.8vmin`, line height 1.4.
        public var font = 30.56
        public var line = 42.784
        /// The average width of a character, as a fraction of the font size, including the room
        /// lost at the end of each line where a word did not fit (measured: 0.49 to 0.51).
        public var characterWidth = 0.5
        /// The panel's heading: `1.6rem + 2.4vmin`, line height 1.25, its number's circle, the margin under it.
        public var headingFont = 42.88
        public var headingLine = 53.6
        public var headingFirstLine = 57.0
        public var headingMargin = 32.16
        public var headingNumberWidth = 80.0
        /// A heading inside a panel (`h3`…), its line and the margin under it.
        public var subheadingFont = 35.76
        public var subheadingLine = 44.69
        public var subheadingMargin = 16.0
        /// Under a paragraph or list (`.6em`) and a list item (`.3em`).
        public var paragraphMargin = 18.336
        public var itemMargin = 9.168
        /// How far a list and a quote indent their text (a quote on both sides), and a quote's margins.
        public var listIndent = 20.0
        public var quoteIndent = 80.0
        public var quoteMargin = 61.12
        /// A table row's padding and border, beyond its lines.
        public var rowPadding = 17.0
        /// The flowchart's figure at its smallest (`min-height: 12rem`), with its caption, its
        /// margin and the "in words" line under it.
        public var flowchartFigure = 192.0 + 26.6 + 15.28 + 26.6
        /// How far off the estimate may be, either way, in pixels (about one line and a half).
        public static let tolerance = 64.0

        public init() {}
    }

    public var layout: Layout

    public init(layout: Layout = Layout()) {
        self.layout = layout
    }

    /// A warning for each panel of `briefing` (and its questions for discussion) that would not
    /// fit on one screen, at the panel's heading.
    public func warnings(for briefing: Briefing) -> [Diagnostic] {
        (briefing.panels + [briefing.questions].compactMap { $0 }).compactMap { panel in
            let over = Int(overflow(of: panel).rounded(.up))
            guard over > 0 else { return nil }
            let lines = Int((Double(over) / layout.line).rounded(.up))
            return .warning(
                "panel \u{201C}\(panel.title)\u{201D} is too long for one present-mode screen: at 1280\u{D7}720 about \(over) px (\(lines) line\(lines == 1 ? "" : "s") of text) do not fit, and it scrolls",
                at: panel.location,
                hint: "shorten it by about \(lines) line\(lines == 1 ? "" : "s") or split it into two panels; the estimate may be off by about \(Int(Layout.tolerance)) px")
        }
    }

    /// How many pixels of `panel` would not fit on its screen (negative: room to spare).
    public func overflow(of panel: Briefing.Panel) -> Double {
        height(of: panel) - layout.height
    }

    /// The estimated height of the panel's heading and body on a present-mode screen.
    public func height(of panel: Briefing.Panel) -> Double {
        let headingWidth = layout.width - layout.headingNumberWidth
        let headingLines = lines(panel.title.count, width: headingWidth, font: layout.headingFont)
        let heading = max(layout.headingFirstLine, Double(headingLines) * layout.headingLine) + layout.headingMargin
        return heading + bodyHeight(panel.bodyHTML) + (panel.flowchart == nil ? 0 : layout.flowchartFigure)
    }

    private func lines(_ characters: Int, width: Double, font: Double) -> Int {
        guard characters > 0 else { return 0 }
        let perLine = max(1, (width / (font * layout.characterWidth)).rounded(.down))
        return Int((Double(characters) / perLine).rounded(.up))
    }

    /// Walks the HTML's tags: each paragraph, item, heading or cell is lines of text at the width
    /// its lists and quotes leave; a table row is its text's lines plus padding. Margins collapse as
    /// CSS collapses them (two in a row make the larger), and the last one is dropped
    /// (`.slide__content > :last-child`).
    func bodyHeight(_ html: String) -> Double {
        var height = 0.0
        var margin = 0.0     // the margin waiting for the next line of text
        var indent = 0.0
        var run = 0          // characters of text in the block being read
        var pendingSpace = false
        var block: [String] = []
        var cells: [Int]?    // the characters of each cell of the table row being read
        var skipping = 0     // inside an <svg>, <script> or <style>: not text on the screen

        var endsInList = false
        func add(_ lines: Int, of line: Double, plus extra: Double = 0) {
            height += margin + Double(max(1, lines)) * line + extra
            margin = 0
            endsInList = false
        }
        func collapse(_ next: Double) { margin = max(margin, next) }
        func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
        }
        func flush(closing: Bool) {
            defer { run = 0; pendingSpace = false }
            let name = block.last ?? "p"
            if cells != nil, name == "td" || name == "th" {
                if closing { cells?.append(run) }
                return
            }
            guard run > 0 else { return }
            let isHeading = name.count == 2 && name.hasPrefix("h")
            let font = isHeading ? layout.subheadingFont : layout.font
            add(lines(run, width: layout.width - indent, font: font), of: isHeading ? layout.subheadingLine : layout.line)
            if closing { collapse(isHeading ? layout.subheadingMargin : name == "li" ? layout.itemMargin : layout.paragraphMargin) }
        }

        // One pass over the UTF-8 bytes (a build measures every panel of every briefing): tags and
        // white space are ASCII, and each other character is counted at its first byte.
        let bytes = Array(html.utf8)
        let open = UInt8(ascii: "<"), close = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == open, let end = bytes[(index + 1)...].firstIndex(of: close) {
                let closing = index + 1 < end && bytes[index + 1] == slash
                var nameEnd = index + (closing ? 2 : 1)
                let nameStart = nameEnd
                while nameEnd < end, isASCIILetterOrDigit(bytes[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
                let selfClosing = bytes[end - 1] == slash
                index = end + 1
                if name == "svg" || name == "script" || name == "style" {
                    skipping += closing ? -1 : (selfClosing ? 0 : 1)
                    continue
                }
                guard skipping == 0 else { continue }
                switch name {
                case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "dt", "dd", "figcaption", "summary":
                    flush(closing: closing)
                    if closing { _ = block.popLast() } else { block.append(name) }
                case "ul", "ol":
                    indent += closing ? -layout.listIndent : layout.listIndent
                    if closing { collapse(layout.paragraphMargin) }
                    endsInList = closing
                case "blockquote":
                    indent += closing ? -layout.quoteIndent : layout.quoteIndent
                    collapse(layout.quoteMargin / 2)
                case "tr":
                    if closing, let row = cells {
                        // Columns take the width their text needs, so a row wraps about as its
                        // text would across the whole table, a space between cells.
                        add(lines(row.reduce(row.count - 1, +), width: layout.width - indent, font: layout.font),
                            of: layout.line, plus: layout.rowPadding)
                        cells = nil
                    } else if !closing {
                        cells = []
                    }
                case "table":
                    if closing { collapse(layout.paragraphMargin) }
                case "br":
                    run += 1
                default:
                    break
                }
                continue
            }
            index += 1
            guard skipping == 0, byte & 0xC0 != 0x80 else { continue }  // a continuation byte: same character
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = run > 0
            } else {
                if pendingSpace { run += 1 }
                pendingSpace = false
                run += 1
                // A character reference (`&amp;`) is one character on the screen.
                if byte == UInt8(ascii: "&"), let end = bytes[index..<min(index + 10, bytes.count)].firstIndex(of: UInt8(ascii: ";")) {
                    index = end + 1
                }
            }
        }
        flush(closing: true)
        // A last list loses its own margin, not its last item's.
        return height + (endsInList ? layout.itemMargin : 0)
    }
}
