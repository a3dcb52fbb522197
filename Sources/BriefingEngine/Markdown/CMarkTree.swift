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
}
