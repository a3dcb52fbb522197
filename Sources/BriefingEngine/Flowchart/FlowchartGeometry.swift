/// Where each box, arrow and answer label of a flowchart diagram goes, in SVG user units with y
/// pointing down: what `FlowchartDiagram` draws and what the geometry tests measure.
///
/// The engine wraps and measures every text itself (`FlowchartBoxes`), Graphviz's dot engine
/// places the boxes of those sizes and routes the arrows between them (`GraphvizLayout`), and the
/// same flowchart always gives the same numbers. Nil when Graphviz cannot lay the graph out.
public struct FlowchartGeometry: Sendable, Hashable {
    /// An axis-aligned rectangle.
    public struct Rect: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double

        public var maxX: Double { x + width }
        public var maxY: Double { y + height }
        public var midX: Double { x + width / 2 }

        /// True when the two share any area (touching edges do not count).
        public func overlaps(_ other: Rect) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
        }

        /// True when `point` lies strictly inside.
        public func contains(_ point: Point) -> Bool {
            point.x > x && point.x < maxX && point.y > y && point.y < maxY
        }
    }

    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double
    }

    /// One question or outcome, with its text already wrapped into lines.
    public struct Box: Sendable, Hashable {
        public var node: FlowchartNode
        public var frame: Rect
        public var lines: [String]
    }

    /// One answer: a curve from its question into its label, the label, and a curve on from the
    /// label to where the arrowhead's tip touches the next question or outcome. Each curve is a
    /// cubic Bézier spline: a start point, then three points (two controls and an end) per piece.
    public struct Arrow: Sendable, Hashable {
        public var from: String
        public var to: String
        public var label: String
        public var labelLines: [String]
        public var labelFrame: Rect
        public var intoLabel: [Point]
        public var outOfLabel: [Point]
    }

    public var width: Double
    public var height: Double
    /// In the order the nodes are written.
    public var boxes: [Box]
    /// In the order the answers are written.
    public var arrows: [Arrow]

    /// `reusingEarlierLayout: false` runs Graphviz even when this process has laid out the same
    /// graph before, to time a layout (bench/run); the result is the same.
    public init?(_ flowchart: Flowchart, reusingEarlierLayout: Bool = true) {
        let graph = FlowchartBoxes(flowchart)
        guard let placed = GraphvizLayout.layout(graph.dot, reuse: reusingEarlierLayout) else { return nil }
        let margin = FlowchartMetrics.margin
        func point(_ dot: GraphvizLayout.Point) -> Point {
            Point(x: margin + dot.x, y: margin + placed.height - dot.y)
        }
        func frame(_ name: String, _ size: FlowchartBoxes.Size) -> Rect? {
            placed.nodes[name].map { centre in
                let middle = point(centre)
                return Rect(x: middle.x - size.width / 2, y: middle.y - size.height / 2, width: size.width, height: size.height)
            }
        }
        var boxes: [Box] = []
        for (index, box) in graph.boxes.enumerated() {
            guard let frame = frame(FlowchartBoxes.nodeName(index), box.size) else { return nil }
            boxes.append(Box(node: box.node, frame: frame, lines: box.lines))
        }
        var arrows: [Arrow] = []
        for (index, answer) in graph.answers.enumerated() {
            guard let labelFrame = frame(FlowchartBoxes.labelName(index), answer.size),
                  let into = placed.edges[FlowchartBoxes.intoLabelName(index)],
                  let outOf = placed.edges[FlowchartBoxes.outOfLabelName(index)]
            else { return nil }
            arrows.append(Arrow(
                from: graph.boxes[answer.from].node.id, to: graph.boxes[answer.to].node.id, label: answer.label,
                labelLines: answer.lines, labelFrame: labelFrame, intoLabel: into.map(point), outOfLabel: outOf.map(point)))
        }
        self.width = placed.width + 2 * margin
        self.height = placed.height + 2 * margin
        self.boxes = boxes
        self.arrows = arrows
    }
}
