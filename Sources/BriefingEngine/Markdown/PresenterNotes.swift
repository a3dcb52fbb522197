import CMarkGFM
import Foundation

/// Presenter notes, written so that the Markdown stays plain CommonMark: a block quote at the top
/// level of a panel (not inside a list or another quote) whose first paragraph begins `Notes:`.
///
///     > Notes: ask who in the team has shared information this month, and how.
///
/// A notes quote is left out of the panel's body (so the briefing page and the handout never show
/// it) and shown under the panel in present mode, without the `Notes:` marker. Any other block
/// quote is an ordinary quote. On GitHub, or any other CommonMark reader, notes read as a quote.
enum PresenterNotes {
    /// The word that opens a notes quote, matched without regard to case.
    static let marker = "Notes:"

    /// Whether `block`, a child of the document, is a notes quote.
    static func isNotes(_ block: OpaquePointer) -> Bool {
        guard cmark_node_get_type(block) == CMARK_NODE_BLOCK_QUOTE,
              let paragraph = cmark_node_first_child(block), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(text)
        else { return false }
        return String(cString: literal).lowercased().hasPrefix(marker.lowercased())
    }

    /// Whether `node` lies inside a notes quote.
    static func isInsideNotes(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let block = parent {
            if cmark_node_get_type(cmark_node_parent(block)) == CMARK_NODE_DOCUMENT { return isNotes(block) }
            parent = cmark_node_parent(block)
        }
        return false
    }

    /// Removes the `Notes:` marker from the start of a notes quote (and the line break after it, or
    /// the whole first paragraph if the marker was all it held).
    static func removeMarker(from quote: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(quote), let text = cmark_node_first_child(paragraph),
              let literal = cmark_node_get_literal(text)
        else { return }
        let rest = String(String(cString: literal).dropFirst(marker.count).drop { $0 == " " || $0 == "\t" })
        if !rest.isEmpty {
            cmark_node_set_literal(text, rest)
            return
        }
        if let next = cmark_node_next(text),
           [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(next)) {
            cmark_node_free(next)
        }
        cmark_node_free(text)
        if cmark_node_first_child(paragraph) == nil { cmark_node_free(paragraph) }
    }
}
