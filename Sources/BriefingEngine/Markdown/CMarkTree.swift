import CMarkGFM

/// Walks of cmark-gfm's tree that more than one reader of a briefing needs (the renderer for
/// headings, links and panels; `TableScroll` for a table's column headings).
enum CMarkTree {
    /// Every node under `root`, `root` first, in document order, for which `include` is true.
    static func nodes(in root: OpaquePointer, where include: (OpaquePointer) -> Bool) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator), include(node)
            {
                found.append(node)
            }
        }
        return found
    }

    /// The words of `node`: its text and code, a line break read as a space, no markup.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        for leaf in nodes(in: node, where: { _ in true }) {
            let type = cmark_node_get_type(leaf)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += cmark_node_get_literal(leaf).map { String(cString: $0) } ?? ""
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// The words a reader sees in `node`, for the search index: its text, code and code blocks, a
    /// line break read as a space, and every block (paragraph, list item, table cell…) on a line of
    /// its own, so that no two blocks' words run together, and an ordered list item's number (a
    /// reader sees "5." and may search for it). The words are those of cmark-gfm's plain-text
    /// renderer, which the engine used before, at a fifth of its cost; raw HTML is left out as there.
    static func words(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let leaf = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(leaf)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(leaf) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_ITEM:
                // A ticked task shows "[x]", whose "x" the plain-text renderer kept as a word.
                text += "\n" + itemNumber(leaf) + (cmark_gfm_extensions_get_tasklist_item_checked(leaf) ? "[x] " : "")
            default:
                if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) { text += "\n" }
            }
        }
        return text
    }

    /// "N. " for an item of an ordered list (its list's start plus the items before it), else "".
    private static func itemNumber(_ item: OpaquePointer) -> String {
        guard let list = cmark_node_parent(item), cmark_node_get_list_type(list) == CMARK_ORDERED_LIST else { return "" }
        var number = Int(cmark_node_get_list_start(list))
        var previous = cmark_node_previous(item)
        while let sibling = previous {
            number += 1
            previous = cmark_node_previous(sibling)
        }
        return "\(number). "
    }
}
