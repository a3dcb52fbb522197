/// How large a flowchart's diagram prints on the one-page handout, and whether it is readable
/// there. `templates/print.css` gives the diagram a column of its own on the right of the sheet,
/// 120 mm wide unless the handout's class widens it (`handout--diagram-140` … `-200`), and draws
/// the diagram as wide as the column (less 2 × 3 mm of padding) and at most 150 mm tall, keeping
/// its shape. The handout takes the narrowest column in which the diagram's smallest text prints
/// at 8 pt or more, leaving the most room to the text; when none is wide enough, it prints the
/// flowchart in words instead, and the build warns. Change these numbers with print.css: the
/// print tests measure the printed sheet.
public struct HandoutDiagramSize: Sendable, Hashable {
    /// The widths the diagram's column can take, in millimetres, narrowest first.
    public static let columnWidths: [Double] = [120, 140, 160, 180, 200]
    /// The column's padding on each side, in millimetres.
    static let columnPadding = 3.0
    /// The tallest the diagram may print, in millimetres.
    public static let maximumHeight = 150.0
    /// Nothing on the handout may print smaller, in points.
    public static let smallestReadablePoints = 8.0
    static let pointsPerMillimetre = 72 / 25.4

    /// The column width that prints the diagram readably, in millimetres; nil when none does.
    public let column: Double?
    /// The printed size of the diagram's smallest text, in points: in `column`, or in the widest
    /// column when no column is wide enough (the size the diagram would have had).
    public let smallestTextPoints: Double

    public var isReadable: Bool { column != nil }

    /// The handout's class naming the column (`handout--diagram-180`), for print.css.
    public var columnClass: String { "handout--diagram-\(Int(column ?? Self.columnWidths[0]))" }

    public init(_ layout: FlowchartGeometry) {
        func smallestText(in column: Double) -> Double {
            let width = (column - 2 * Self.columnPadding) * Self.pointsPerMillimetre
            let height = Self.maximumHeight * Self.pointsPerMillimetre
            return min(width / layout.width, height / layout.height) * FlowchartMetrics.smallestFontSize
        }
        column = Self.columnWidths.first { smallestText(in: $0) >= Self.smallestReadablePoints }
        smallestTextPoints = smallestText(in: column ?? Self.columnWidths[Self.columnWidths.count - 1])
    }
}
