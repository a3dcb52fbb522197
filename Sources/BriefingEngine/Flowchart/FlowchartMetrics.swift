/// Sizes and spacing of the flowchart diagram, in SVG user units (Graphviz's points). The page
/// draws the diagram at its natural size, one unit to one CSS pixel, so these sizes are the
/// sizes a reader sees: the smallest text, the answers at 15 px, is 79 % of the page's 19 px body
/// text (at least 75 % is the aim). A diagram wider than its panel scrolls sideways in it rather
/// than shrinking. On the handout the diagram is scaled to its column (`HandoutDiagramSize`).
enum FlowchartMetrics {
    static let fontSize = 16.0
    static let lineHeight = 21.0
    static let labelFontSize = 15.0
    static let labelLineHeight = 18.0
    /// The smallest text the diagram draws: what decides whether it is readable at a scale.
    static let smallestFontSize = min(fontSize, labelFontSize)
    static let margin = 16.0
    static let padX = 14.0
    static let padY = 12.0
    static let questionTextWidth = 240.0
    static let outcomeTextWidth = 175.0
    /// Answers longer than this wrap onto more lines rather than widening their label.
    static let labelTextWidth = 140.0
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
