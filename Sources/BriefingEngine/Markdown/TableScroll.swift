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
        for table in CMarkTree.nodes(in: document, where: isTable) {
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

    /// The words of each cell of the table's first row (its header row in GitHub's tables).
    private static func headings(of table: OpaquePointer) -> [String] {
        guard let header = cmark_node_first_child(table) else { return [] }
        var cells: [String] = []
        var cell = cmark_node_first_child(header)
        while let node = cell {
            cells.append(CMarkTree.plainText(node).trimmingCharacters(in: .whitespaces))
            cell = cmark_node_next(node)
        }
        return cells.filter { !$0.isEmpty }
    }

    private static func isTable(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type_string(node).map { String(cString: $0) } == "table"
    }
}
