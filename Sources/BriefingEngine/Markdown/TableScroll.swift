import CMarkGFM
import Foundation

/// A Markdown table can be wider than a phone's screen (a long word in a cell, several columns), and a
/// table cannot wrap the way a paragraph does. Each table is put in a region of its own that scrolls
/// sideways when it must, so the page itself never does (WCAG 1.4.10, reflow at 320 px). The region
/// is focusable, so a keyboard user can scroll it, and named by the table's column headings, so a
/// screen reader user knows what it holds (the GOV.UK pattern for a scrolling region).
enum TableScroll {
    /// Wraps every table in `document` in the scrolling region's markup.
    static func wrapTables(in document: OpaquePointer) {
        for table in tables(in: document) {
            guard let region = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let label = "Table: " + headings(of: table).joined(separator: ", ")
            cmark_node_set_on_enter(
                region, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscaping.attribute(label))\">\n")
            cmark_node_set_on_exit(region, "</div>\n")
            cmark_node_insert_before(table, region)
            cmark_node_unlink(table)
            cmark_node_append_child(region, table)
        }
    }

    private static func tables(in root: OpaquePointer) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               let type = cmark_node_get_type_string(node), String(cString: type) == "table"
            {
                found.append(node)
            }
        }
        return found
    }

    /// The words of each cell of the table's first row (its header row in GitHub's tables).
    private static func headings(of table: OpaquePointer) -> [String] {
        guard let header = cmark_node_first_child(table) else { return [] }
        var cells: [String] = []
        var cell = cmark_node_first_child(header)
        while let node = cell {
            cells.append(words(of: node).trimmingCharacters(in: .whitespaces))
            cell = cmark_node_next(node)
        }
        return cells.filter { !$0.isEmpty }
    }

    private static func words(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let leaf = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(leaf) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmark_node_get_literal(leaf).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }
}
