import CMarkGFM
import Foundation

/// Renders one Markdown file with cmark-gfm (GitHub's reference C library): GitHub Flavored
/// Markdown extensions, smart punctuation, raw HTML suppressed unless the site allows it, a stable
/// id and a visible self-link on every heading, and every link address passed through a resolver.
public struct MarkdownRenderer: Sendable {
    /// When false (the default) raw HTML in Markdown is replaced by a comment, not passed through.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
        CMarkSetup.extensionsRegistered
    }

    /// Renders `source` (the text of `file`), giving headings ids unique within `slugger`.
    public func render(
        _ source: String, file: String, slugger: inout HeadingSlugger, resolve: @escaping LinkResolver
    ) -> RenderedMarkdown {
        let lines = SourceLines.of(source)
        var options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(title: nil, introductionHTML: "", introductionFirstParagraph: nil, sections: [], citations: [], plainText: "", diagnostics: [
                .error("cmark-gfm could not create a parser", at: SourceLocation(file: file))
            ])
        }
        defer { cmark_parser_free(parser) }
        for name in CMarkSetup.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        cmark_parser_feed(parser, source, source.utf8.count)
        guard let document = cmark_parser_finish(parser) else {
            return RenderedMarkdown(title: nil, introductionHTML: "", introductionFirstParagraph: nil, sections: [], citations: [], plainText: "", diagnostics: [
                .error("cmark-gfm could not parse the file", at: SourceLocation(file: file))
            ])
        }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)

        // The words a reader sees, for the search index: each block but presenter notes, read
        // before links are rewritten into HTML.
        var plainText = ""
        var block = cmark_node_first_child(document)
        while let node = block {
            block = cmark_node_next(node)
            guard !PresenterNotes.isNotes(node) else { continue }
            plainText += CMarkTree.words(node) + "\n"
        }
        var work = Rendering(
            file: file, lines: lines, options: options, extensions: extensions, resolve: resolve)
        work.rewriteLinks(in: document, slugger: &slugger)
        TableScroll.wrapTables(in: document)
        var rendered = work.split(document, slugger: &slugger)
        rendered.plainText = plainText
        return rendered
    }
}

/// The state of one rendering: the file, its lines (for diagnostics) and cmark's settings.
private struct Rendering {
    let file: String
    let lines: [String]
    let options: Int32
    let extensions: UnsafeMutablePointer<cmark_llist>?
    let resolve: LinkResolver
    var diagnostics: [Diagnostic] = []
    var citations: [MarkdownCitation] = []

    init(
        file: String, lines: [String], options: Int32,
        extensions: UnsafeMutablePointer<cmark_llist>?, resolve: @escaping LinkResolver
    ) {
        self.file = file
        self.lines = lines
        self.options = options
        self.extensions = extensions
        self.resolve = resolve
    }

    // MARK: Links

    mutating func rewriteLinks(in document: OpaquePointer, slugger: inout HeadingSlugger) {
        for node in CMarkTree.nodes(in: document, where: { cmark_node_get_type($0) == CMARK_NODE_LINK || cmark_node_get_type($0) == CMARK_NODE_IMAGE }) {
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            let address = string(cmark_node_get_url(node))
            let line = Int(cmark_node_get_start_line(node))
            let column = Int(cmark_node_get_start_column(node))
            let link = MarkdownLink(
                address: address, isImage: isImage,
                location: SourceLocation(file: file, line: line, column: column),
                sourceLine: sourceLine(line))
            switch resolve(link) {
            case .unchanged:
                break
            case .site(let url):
                cmark_node_set_url(node, url)
            case .external(let url):
                // A bare address (an autolink) already shows itself: print need not repeat it.
                let bare = CMarkTree.plainText(node) == address ? " bare-address" : ""
                replaceWithLink(node, attributes: "class=\"external-link\(bare)\" href=\"\(HTMLEscaping.attribute(url))\" rel=\"noopener noreferrer\"",
                                suffix: "<span class=\"external-note\"> (external site)</span>")
            case .citation(_, let url) where PresenterNotes.isInsideNotes(node):
                // Notes are shown in present mode only: the reference is linked, not listed as cited.
                replaceWithLink(node, attributes: "class=\"citation\" href=\"\(HTMLEscaping.attribute(url))\"", suffix: "")
            case .citation(let referenceID, let url):
                let anchor = slugger.unique("cite-" + referenceID)
                citations.append(MarkdownCitation(referenceID: referenceID, anchor: anchor, location: link.location))
                replaceWithLink(node, attributes: "class=\"citation\" id=\"\(HTMLEscaping.attribute(anchor))\" href=\"\(HTMLEscaping.attribute(url))\"", suffix: "")
            case .rejected(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
    }

    /// Replaces a link node by a custom inline with the given (escaped) attributes, keeping its
    /// text and title, and adding `suffix` inside the link.
    private func replaceWithLink(_ link: OpaquePointer, attributes: String, suffix: String) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        var open = "<a " + attributes
        let title = string(cmark_node_get_title(link))
        if !title.isEmpty { open += " title=\"\(HTMLEscaping.attribute(title))\"" }
        open += ">"
        cmark_node_set_on_enter(custom, open)
        cmark_node_set_on_exit(custom, suffix + "</a>")
        while let child = cmark_node_first_child(link) {
            cmark_node_unlink(child)
            cmark_node_append_child(custom, child)
        }
        cmark_node_replace(link, custom)
        cmark_node_free(link)
    }

    // MARK: Headings and sections

    mutating func split(_ document: OpaquePointer, slugger: inout HeadingSlugger) -> RenderedMarkdown {
        var title: MarkdownSection?
        var introduction = ""
        var introductionFirstParagraph: String?
        var introductionNotes = ""
        var sections: [MarkdownSection] = []

        var child = cmark_node_first_child(document)
        while let node = child {
            child = cmark_node_next(node)
            let level = cmark_node_get_type(node) == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : 0
            if level == 1 && title == nil && sections.isEmpty {
                title = section(from: node, id: slugger.unique(CMarkTree.plainText(node)))
            } else if level == 2 {
                sections.append(section(from: node, id: slugger.unique(CMarkTree.plainText(node))))
            } else if PresenterNotes.isNotes(node) {
                let notes = notesHTML(node, slugger: &slugger)
                if sections.isEmpty { introductionNotes += notes } else { sections[sections.count - 1].notesHTML += notes }
            } else {
                if level == 1 {
                    diagnostics.append(.warning(
                        "a second first-level heading is shown as an ordinary heading",
                        at: location(of: node), hint: "a briefing has one title; use ## for a panel",
                        sourceLine: sourceLine(Int(cmark_node_get_start_line(node)))))
                }
                let paragraph = cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH ? CMarkTree.plainText(node) : nil
                if !sections.isEmpty, sections[sections.count - 1].numberedList == nil {
                    sections[sections.count - 1].numberedList = numberedList(node)
                }
                let html = renderBlock(node, slugger: &slugger)
                if sections.isEmpty {
                    introduction += html
                    introductionFirstParagraph = introductionFirstParagraph ?? paragraph
                } else {
                    sections[sections.count - 1].bodyHTML += html
                    sections[sections.count - 1].firstParagraph = sections[sections.count - 1].firstParagraph ?? paragraph
                }
            }
        }
        return RenderedMarkdown(
            title: title, introductionHTML: introduction, introductionFirstParagraph: introductionFirstParagraph,
            introductionNotesHTML: introductionNotes, sections: sections, citations: citations, plainText: "",
            diagnostics: diagnostics)
    }

    private func section(from heading: OpaquePointer, id: String) -> MarkdownSection {
        MarkdownSection(
            title: CMarkTree.plainText(heading), titleHTML: innerHTML(ofHeading: heading), id: id,
            line: Int(cmark_node_get_start_line(heading)), bodyHTML: "", firstParagraph: nil, numberedList: nil)
    }

    /// The items of `block` when it is a numbered list, read from cmark's tree, each item's
    /// blocks joined by a space.
    private func numberedList(_ block: OpaquePointer) -> NumberedList? {
        guard cmark_node_get_type(block) == CMARK_NODE_LIST, cmark_node_get_list_type(block) == CMARK_ORDERED_LIST else { return nil }
        let start = Int(cmark_node_get_list_start(block))
        var items: [NumberedList.Item] = []
        var item = cmark_node_first_child(block)
        while let node = item {
            var parts: [String] = []
            var child = cmark_node_first_child(node)
            while let part = child {
                parts.append(CMarkTree.plainText(part))
                child = cmark_node_next(part)
            }
            items.append(NumberedList.Item(number: start + items.count, text: parts.filter { !$0.isEmpty }.joined(separator: " ")))
            item = cmark_node_next(node)
        }
        return NumberedList(line: Int(cmark_node_get_start_line(block)), items: items)
    }

    /// The HTML of a notes quote's blocks, without the quote and its `Notes:` marker.
    private func notesHTML(_ quote: OpaquePointer, slugger: inout HeadingSlugger) -> String {
        PresenterNotes.removeMarker(from: quote)
        var html = ""
        var child = cmark_node_first_child(quote)
        while let block = child {
            child = cmark_node_next(block)
            html += renderBlock(block, slugger: &slugger)
        }
        return html
    }

    /// Renders a top-level block, first giving every heading inside it an id and a self-link.
    private func renderBlock(_ block: OpaquePointer, slugger: inout HeadingSlugger) -> String {
        for heading in CMarkTree.nodes(in: block, where: { cmark_node_get_type($0) == CMARK_NODE_HEADING }) {
            let level = cmark_node_get_heading_level(heading)
            let text = CMarkTree.plainText(heading)
            let id = slugger.unique(text)
            let html = "<h\(level) id=\"\(HTMLEscaping.attribute(id))\">\(innerHTML(ofHeading: heading))"
                + SelfLink.html(id: id, title: text) + "</h\(level)>\n"
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(custom, html)
            if heading == block {
                return html
            }
            cmark_node_replace(heading, custom)
            cmark_node_free(heading)
        }
        return html(of: block)
    }

    private func innerHTML(ofHeading heading: OpaquePointer) -> String {
        // Trimmed and cut as `trimmingCharacters(in:)` and `range(of:options: .backwards)` would,
        // without bridging every heading to NSString (a slow path on Linux).
        let rendered = html(of: heading)
        var scalars = rendered.unicodeScalars[...]
        while let first = scalars.first, CharacterSet.whitespacesAndNewlines.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, CharacterSet.whitespacesAndNewlines.contains(last) { scalars.removeLast() }
        var html = String(scalars)
        if let open = html.firstIndex(of: ">") { html = String(html[html.index(after: open)...]) }
        if let close = lastClosingTag(in: html) { html = String(html[..<close]) }
        return html
    }

    /// Where the last `</h` in `html` starts: the heading's closing tag.
    private func lastClosingTag(in html: String) -> String.Index? {
        let bytes = html.utf8
        var index = bytes.endIndex
        while index != bytes.startIndex {
            index = bytes.index(before: index)
            if bytes[index] == UInt8(ascii: "<"), bytes[index...].starts(with: "</h".utf8) { return index }
        }
        return nil
    }

    private func html(of node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    // MARK: Helpers

    private func location(of node: OpaquePointer) -> SourceLocation {
        SourceLocation(
            file: file, line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    private func sourceLine(_ line: Int) -> String? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
