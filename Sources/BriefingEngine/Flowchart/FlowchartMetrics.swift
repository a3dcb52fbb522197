/// Sizes and spacing of the flowchart diagram, in SVG user units (Graphviz's points): one unit
/// is one CSS pixel when the diagram is drawn at its natural size.
enum FlowchartMetrics {
    static let fontSize = 15.0
    static let lineHeight = 20.0
    static let labelFontSize = 13.0
    static let labelLineHeight = 17.0
    static let margin = 16.0
    static let padX = 14.0
    static let padY = 12.0
    static let questionTextWidth = 230.0
    static let outcomeTextWidth = 190.0
    /// Answers longer than this wrap onto more lines rather than widening their label.
    static let labelTextWidth = 130.0
    static let labelPadX = 6.0
    static let labelPadY = 3.0
    static let minimumQuestionWidth = 150.0
    static let questionCornerRadius = 8.0
    /// How far the pointed sides of an outcome's hexagon reach beyond its text area.
    static let outcomeInset = 16.0
    /// Between neighbouring boxes in a row, and between rows (Graphviz's nodesep and ranksep).
    static let nodeGap = 28.0
    static let rankGap = 24.0
}
