import Foundation

/// Whether each briefing's handout (`briefings/<slug>/print.html`) fits on one sheet of A4, for
/// `briefing check`. With Chromium the handout is printed and the PDF's pages counted, which is
/// the truth; without it the handout's text is counted against a budget, which is an estimate.
/// Either way a handout that is too long is a warning naming the briefing and how far over it is.
public struct HandoutFit: Sendable {
    /// About how many characters of text (title, panels, footer; not the flowchart) one A4
    /// handout holds with `templates/print.css` as it is: measured by printing handouts made
    /// longer until they needed a second sheet, less a margin. Change it with the stylesheet.
    public struct Budget: Sendable, Hashable {
        /// When one panel holds a flowchart, which takes a column of its own.
        public var withDiagram: Int
        /// When no panel holds a flowchart: three columns of text.
        public var withoutDiagram: Int

        public init(withDiagram: Int, withoutDiagram: Int) {
            self.withDiagram = withDiagram
            self.withoutDiagram = withoutDiagram
        }

        public static let standard = Budget(withDiagram: 2_750, withoutDiagram: 3_600)

        /// The characters that fit on one page of a handout like `handout`.
        public func characters(for handout: Handout) -> Int {
            handout.hasDiagram ? withDiagram : withoutDiagram
        }
    }

    /// What one handout holds, read from its page.
    public struct Handout: Sendable {
        public var slug: String
        /// The briefing's title: the handout page's `<title>`.
        public var title: String
        /// The characters a reader sees on the printed handout, spaces collapsed, the flowchart left out.
        public var characters: Int
        /// Whether a panel holds a flowchart.
        public var hasDiagram: Bool
        /// When the questions for discussion were left off for want of room, the characters the
        /// handout would have had with them (`PrintPage`).
        public var questionsLeftOff: Int? = nil
    }

    /// Prints the handouts to measure them; nil measures by the text budget alone.
    public var printer: ChromiumPrinter?
    public var budget: Budget
    /// How the content folder is printed in diagnostics (`content`).
    public var contentName: String

    /// A handout this many times over its character budget is not printed: the count already says
    /// it needs more than one page, and Chromium would take minutes over a very long one.
    public static let printedUpTo = 2
    /// The longest one handout may take to print before it is measured by its text instead.
    public static let printTimeout: TimeInterval = 30

    public init(printer: ChromiumPrinter?, budget: Budget = .standard, contentName: String = "content") {
        self.printer = printer.map { printer in
            var bounded = printer
            bounded.timeout = min(printer.timeout, Self.printTimeout)
            return bounded
        }
        self.budget = budget
        self.contentName = contentName
    }

    /// A warning for each handout among a planned site's `files` that does not fit on one page.
    /// Printing needs the whole site (the stylesheets), so it is written to a temporary folder.
    public func warnings(for files: [OutputFile]) -> [Diagnostic] {
        let handouts = files.compactMap { file in SitePaths.handoutSlug(file.path).map { Self.handout($0, page: file) } }
        guard !handouts.isEmpty else { return [] }
        return fitWarnings(handouts, files: files)
    }

    private func fitWarnings(_ handouts: [Handout], files: [OutputFile]) -> [Diagnostic] {
        guard let printer else { return handouts.compactMap(budgetWarning) }
        let farTooLong = handouts.filter { $0.characters > Self.printedUpTo * characterBudget(for: $0) }
        let toPrint = handouts.filter { $0.characters <= Self.printedUpTo * characterBudget(for: $0) }
        guard !toPrint.isEmpty else { return farTooLong.compactMap(budgetWarning) }
        return farTooLong.compactMap(budgetWarning) + printedWarnings(toPrint, files: files, printer: printer)
    }

    private func printedWarnings(_ handouts: [Handout], files: [OutputFile], printer: ChromiumPrinter) -> [Diagnostic] {

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
        } catch {
            return [.warning(
                "could not write the site to \(folder.path) to print its handouts: \(error.localizedDescription)",
                at: SourceLocation(file: contentName), hint: "the handouts were measured by their text only")]
                + handouts.compactMap(budgetWarning)
        }
        return handouts.compactMap { handout in
            let page = folder.appendingPathComponent(SitePaths.handout(handout.slug))
            do {
                let pages = try PDFPageCount.count(in: try printer.printPDF(of: page))
                return pages > 1 ? printedWarning(handout, pages: pages) : nil
            } catch {
                // Fall back to the estimate, with its figures, and say why.
                if var estimate = budgetWarning(handout) {
                    estimate.hint = "printing it to count the pages failed (\(error)), so it was measured by counting its text: " + (estimate.hint ?? "")
                    return estimate
                }
                return .warning(
                    "could not print the handout of \u{201C}\(handout.title)\u{201D} to measure it: \(error)", at: location(handout),
                    hint: "measured by counting its text instead, it fits: \(handout.characters) characters of about \(characterBudget(for: handout))")
            }
        }
    }

    /// The characters that fit on one page of a handout like this one.
    public func characterBudget(for handout: Handout) -> Int {
        budget.characters(for: handout)
    }

    private func printedWarning(_ handout: Handout, pages: Int) -> Diagnostic {
        let over = pages - 1
        let excess = handout.characters - characterBudget(for: handout)
        let estimate = excess > 0
            ? "cut about \(excess) characters (it has \(handout.characters); about \(characterBudget(for: handout)) fit)"
            : "shorten the longest panels"
        return .warning(
            "the one-page handout of \u{201C}\(handout.title)\u{201D} prints on \(pages) A4 pages, \(over) page\(over == 1 ? "" : "s") too many",
            at: location(handout),
            hint: "\(estimate), or split the briefing in two; its handout is \(SitePaths.handout(handout.slug)) in the built site")
    }

    private func budgetWarning(_ handout: Handout) -> Diagnostic? {
        let allowed = characterBudget(for: handout)
        guard handout.characters > allowed else { return nil }
        let excess = handout.characters - allowed
        let percent = Int((Double(excess) * 100 / Double(allowed)).rounded(.up))
        return .warning(
            "the one-page handout of \u{201C}\(handout.title)\u{201D} is too long for one A4 page: \(handout.characters) characters, about \(excess) (\(percent)%) over the \(allowed) that fit",
            at: location(handout),
            hint: "cut about \(excess) characters or split the briefing in two (measured by counting text; "
                + "\(ChromiumPrinter.installCommand) to measure by printing)")
    }

    private func location(_ handout: Handout) -> SourceLocation {
        SourceLocation(file: "\(contentName)/\(handout.slug).md", line: 1, column: 1)
    }

    /// Reads what a handout page holds: its `<title>`, and the text of its `<article class="handout">`
    /// (the whole page if the template has none) without any `<svg>`, tags removed, each character
    /// reference counted as one.
    public static func handout(_ slug: String, page: OutputFile) -> Handout {
        let html = String(decoding: page.data, as: UTF8.self)
        var title = slug
        if let open = html.range(of: "<title>"), let close = html[open.upperBound...].firstIndex(of: "<"),
           html[close...].hasPrefix("</title>") {
            title = String(html[open.upperBound..<close])
        }
        var article = html
        if let start = html.range(of: "<article class=\"handout"),
           let end = html.range(of: "</article>", range: start.upperBound..<html.endIndex) {
            article = String(html[start.lowerBound..<end.upperBound])
        }
        let hasDiagram = article.contains("class=\"flowchart\"")  // as FlowchartDiagram draws it
        // A status notice sits in the flowchart's column or the title's, not in the text columns
        // the budget is for (a div holding no other div, as partials/status-notice draws it).
        if let notice = article.range(of: "<div class=\"status-notice\""),
           let end = article.range(of: "</div>", range: notice.upperBound..<article.endIndex) {
            article.removeSubrange(notice.lowerBound..<end.upperBound)
        }
        var questionsLeftOff: Int?
        let marker = "data-questions-left-off=\""
        if let start = article.range(of: marker), let end = article[start.upperBound...].firstIndex(of: "\"") {
            questionsLeftOff = Int(article[start.upperBound..<end])
        }
        return Handout(
            slug: slug, title: HTMLEscaping.unescape(title), characters: visibleText(of: article).count,
            hasDiagram: hasDiagram, questionsLeftOff: questionsLeftOff)
    }

    /// `html` as a reader sees it: each `<svg>…</svg>` and each tag a space, each character
    /// reference one character ("x"), every run of white space one space, none at either end.
    /// One pass over the Unicode scalars; regular expressions made `briefing check` of 10,000
    /// briefings spend 24 seconds here.
    static func visibleText(of html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var text = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if scalar.properties.isWhitespace {
                pendingSpace = !text.isEmpty
                return
            }
            if pendingSpace { text.append(" ") }
            pendingSpace = false
            text.append(scalar)
        }
        let svgStart = Array("<svg".unicodeScalars), svgEnd = Array("</svg>".unicodeScalars), tagEnd = Array(">".unicodeScalars)
        func starts(_ marker: [Unicode.Scalar], at index: Int) -> Bool {
            index + marker.count <= scalars.count && scalars[index..<index + marker.count].elementsEqual(marker)
        }
        func firstIndex(of marker: [Unicode.Scalar], from index: Int) -> Int? {
            var index = index
            while index < scalars.count {
                if scalars[index] == marker[0] && starts(marker, at: index) { return index }
                index += 1
            }
            return nil
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", starts(svgStart, at: index), let end = firstIndex(of: svgEnd, from: index + svgStart.count) {
                emit(" ")
                index = end + svgEnd.count
            } else if scalar == "<", let end = firstIndex(of: tagEnd, from: index + 1) {
                emit(" ")
                index = end + 1
            } else if scalar == "&", let end = referenceEnd(in: scalars, from: index + 1) {
                emit("x")
                index = end + 1
            } else {
                emit(scalar)
                index += 1
            }
        }
        return String(text)
    }

    /// Where the `;` closing a character reference starting after `&` at `index` is: one or more
    /// of `#`, ASCII letters and digits, then `;`. Nil when there is none.
    private static func referenceEnd(in scalars: [Unicode.Scalar], from index: Int) -> Int? {
        var end = index
        while end < scalars.count, scalars[end] == "#" || (scalars[end].isASCII && scalars[end].properties.isAlphabetic)
            || ("0"..."9").contains(scalars[end]) {
            end += 1
        }
        return end > index && end < scalars.count && scalars[end] == ";" ? end : nil
    }
}
