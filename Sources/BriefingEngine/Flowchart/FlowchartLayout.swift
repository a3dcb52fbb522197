/// Where each box, arrow and answer label of a flowchart diagram goes: a top-to-bottom layered
/// drawing in which no two boxes or labels overlap and no arrow passes through a box.
///
/// Each node sits in the layer of the longest path from the start to it; an answer spanning
/// several layers passes through a reserved lane in each layer between. Nodes are ordered within
/// a layer by where their arrows come from, neighbours are swapped while that removes crossings,
/// then each is pulled towards the ports it connects to. Arrows leave a
/// question from one port per answer along its bottom (first answer leftmost), run straight down
/// past their label, cross the gap between layers, and enter their target from above. Meant for a
/// flowchart `FlowchartValidator` accepts: answers to undefined nodes and answers closing a loop
/// are left out. Coordinates are in SVG user units; the same flowchart always gives the same
/// numbers.
public struct FlowchartLayout: Sendable, Hashable {
    /// An axis-aligned rectangle.
    public struct Rect: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double

        public var maxX: Double { x + width }
        public var maxY: Double { y + height }

        /// True when the two share any area (touching edges do not count).
        public func overlaps(_ other: Rect) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
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

    /// One answer's arrow, as a polyline from the question's bottom to the target's top.
    public struct Arrow: Sendable, Hashable {
        public var from: String
        public var to: String
        public var label: String
        public var points: [Point]
        /// The background of the answer label, straddling the arrow just below the question.
        public var labelFrame: Rect
    }

    public var width: Double
    public var height: Double
    /// In the order the nodes are written.
    public var boxes: [Box]
    /// In the order the answers are written.
    public var arrows: [Arrow]

    public init(_ flowchart: Flowchart) {
        var graph = Graph(flowchart)
        graph.assignLayers()
        graph.orderLayers()
        graph.reduceCrossings()
        graph.assignX()
        self = graph.geometry()
    }

    fileprivate init(width: Double, height: Double, boxes: [Box], arrows: [Arrow]) {
        self.width = width
        self.height = height
        self.boxes = boxes
        self.arrows = arrows
    }
}

/// Sizes and spacing, in user units. The text sizes print at about 10 pt when the diagram is
/// scaled to the width of an A4 page.
enum FlowchartMetrics {
    static let fontSize = 15.0
    static let lineHeight = 20.0
    static let labelFontSize = 13.0
    static let margin = 16.0
    static let padX = 14.0
    static let padY = 12.0
    static let questionTextWidth = 230.0
    static let outcomeTextWidth = 190.0
    static let minimumQuestionWidth = 150.0
    static let questionCornerRadius = 8.0
    /// How far the pointed sides of an outcome's hexagon reach beyond its text area.
    static let outcomeInset = 16.0
    static let laneWidth = 16.0
    static let nodeGap = 40.0
    static let laneGap = 20.0
    static let labelHeight = 20.0
    static let labelPadX = 6.0
    /// From the bottom of a layer: the answer label's band, after which arrows may turn.
    static let labelBand = 32.0
    /// Above the top of a layer: the straight run of an arrow into its target.
    static let arrival = 16.0
    static let layerGap = 80.0
}

/// The working state of one layout.
private struct Graph {
    typealias Metrics = FlowchartMetrics

    struct Edge {
        var from: Int
        var to: Int
        var port: Int
        var ports: Int
        var label: String
    }

    /// A node, or a lane an edge passes through on its way down.
    struct Item {
        enum Kind { case node(Int), lane(edge: Int) }
        var kind: Kind
        var width: Double
        var height: Double
        var x = 0.0
    }

    let nodes: [FlowchartNode]
    let lines: [[String]]
    let sizes: [(width: Double, height: Double)]
    var edges: [Edge] = []
    var layer: [Int] = []
    /// Layer by layer, left to right.
    var layers: [[Item]] = []

    init(_ flowchart: Flowchart) {
        var seen: Set<String> = []
        nodes = flowchart.nodes.filter { seen.insert($0.id).inserted }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        for (from, node) in nodes.enumerated() {
            let answers = node.answers
            for (port, answer) in answers.enumerated() {
                guard let to = index[answer.next] else { continue }
                edges.append(Edge(from: from, to: to, port: port, ports: answers.count, label: answer.label))
            }
        }
        var lines: [[String]] = []
        var sizes: [(Double, Double)] = []
        for node in nodes {
            let wrapped: [String]
            var width: Double
            switch node {
            case .question(let question):
                let text = ApproximateTextWidth(fontSize: Metrics.fontSize)
                wrapped = text.wrap(question.text, maxWidth: Metrics.questionTextWidth)
                let label = ApproximateTextWidth(fontSize: Metrics.labelFontSize, bold: true)
                let widestLabel = question.answers.map { label.width($0.label) }.max() ?? 0
                width = max(
                    (wrapped.map(text.width).max() ?? 0) + 2 * Metrics.padX,
                    Double(question.answers.count) * (widestLabel + 2 * Metrics.labelPadX + 8),
                    Metrics.minimumQuestionWidth)
            case .outcome(let outcome):
                let text = ApproximateTextWidth(fontSize: Metrics.fontSize, bold: true)
                wrapped = text.wrap(outcome.title, maxWidth: Metrics.outcomeTextWidth)
                width = (wrapped.map(text.width).max() ?? 0) + 2 * (Metrics.padX + Metrics.outcomeInset)
            }
            lines.append(wrapped)
            sizes.append((evenCeiling(width), 2 * Metrics.padY + Double(max(wrapped.count, 1)) * Metrics.lineHeight))
        }
        self.lines = lines
        self.sizes = sizes
    }

    /// Longest-path layering in topological order (Kahn), taking ready nodes in written order.
    /// Nodes on a loop never become ready; they go in one extra layer and their loop is dropped.
    mutating func assignLayers() {
        var incoming = [Int](repeating: 0, count: nodes.count)
        for edge in edges { incoming[edge.to] += 1 }
        layer = [Int](repeating: 0, count: nodes.count)
        var done = [Bool](repeating: false, count: nodes.count)
        while let next = nodes.indices.first(where: { !done[$0] && incoming[$0] == 0 }) {
            done[next] = true
            for edge in edges where edge.from == next {
                layer[edge.to] = max(layer[edge.to], layer[next] + 1)
                incoming[edge.to] -= 1
            }
        }
        let extra = (nodes.indices.filter { done[$0] }.map { layer[$0] }.max() ?? -1) + 1
        for index in nodes.indices where !done[index] { layer[index] = extra }
        edges.removeAll { layer[$0.to] <= layer[$0.from] }
    }

    /// Fills the layers with nodes and lanes, each layer sorted by the mean position its arrows
    /// come from (answer ports count left to right), ties in written order.
    mutating func orderLayers() {
        let count = (layer.max() ?? -1) + 1
        layers = Array(repeating: [], count: count)
        for (index, size) in sizes.enumerated() {
            layers[layer[index]].append(Item(kind: .node(index), width: size.width, height: size.height))
        }
        for (number, edge) in edges.enumerated() where layer[edge.to] - layer[edge.from] > 1 {
            for lane in (layer[edge.from] + 1)..<layer[edge.to] {
                layers[lane].append(Item(kind: .lane(edge: number), width: Metrics.laneWidth, height: 0))
            }
        }
        for number in layers.indices.dropFirst() {
            let above = layers[number - 1]
            func position(of node: Int) -> Double? {
                above.firstIndex { if case .node(node) = $0.kind { true } else { false } }.map(Double.init)
            }
            func position(ofLane edge: Int) -> Double? {
                above.firstIndex { if case .lane(edge) = $0.kind { true } else { false } }.map(Double.init)
            }
            func source(of edge: Edge, number: Int) -> Double? {
                if let lane = position(ofLane: number) { return lane }
                return position(of: edge.from).map { $0 + (Double(edge.port) + 0.5) / Double(edge.ports) - 0.5 }
            }
            let keyed = layers[number].enumerated().map { offset, item -> (Double, Int, Item) in
                let sources: [Double]
                switch item.kind {
                case .node(let node):
                    sources = edges.enumerated().filter { $0.element.to == node }.compactMap { source(of: $0.element, number: $0.offset) }
                case .lane(let edge):
                    sources = [source(of: edges[edge], number: edge)].compactMap { $0 }
                }
                let mean = sources.isEmpty ? Double(above.count + offset) : sources.reduce(0, +) / Double(sources.count)
                return (mean, offset, item)
            }
            layers[number] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        }
    }

    /// Swaps neighbours within a layer while that lowers the number of arrows crossing between
    /// it and the layers above and below; a few rounds at most, so it always ends.
    mutating func reduceCrossings() {
        for _ in 0..<8 {
            var improved = false
            for number in layers.indices.dropFirst() {
                for index in layers[number].indices.dropLast() {
                    let before = crossings(number)
                    layers[number].swapAt(index, index + 1)
                    if crossings(number) < before {
                        improved = true
                    } else {
                        layers[number].swapAt(index, index + 1)
                    }
                }
            }
            if !improved { return }
        }
    }

    /// Arrows crossing between layer `number` and its neighbours.
    func crossings(_ number: Int) -> Int {
        var total = 0
        for upper in [number - 1, number] where upper >= 0 && upper + 1 < layers.count {
            let hops = self.hops(from: upper)
            for (index, a) in hops.enumerated() {
                for b in hops[(index + 1)...] where (a.upper - b.upper) * (a.lower - b.lower) < 0 {
                    total += 1
                }
            }
        }
        return total
    }

    /// Each arrow's run from layer `upper` to the next, as positions within the two layers (an
    /// answer's port counts as a fraction of its question's position).
    func hops(from upper: Int) -> [(upper: Double, lower: Double)] {
        func index(_ layer: Int, _ matches: (Item.Kind) -> Bool) -> Double? {
            layers[layer].firstIndex { matches($0.kind) }.map(Double.init)
        }
        return edges.enumerated().compactMap { number, edge in
            let start = index(upper) { if case .lane(number) = $0 { true } else { false } }
                ?? index(upper) { if case .node(edge.from) = $0 { true } else { false } }
                    .map { $0 + (Double(edge.port) + 0.5) / Double(edge.ports) - 0.5 }
            let end = index(upper + 1) { if case .lane(number) = $0 { true } else { false } }
                ?? index(upper + 1) { if case .node(edge.to) = $0 { true } else { false } }
            guard let start, let end else { return nil }
            return (start, end)
        }
    }

    /// Packs each layer, then alternately pulls items towards the ports above and below them,
    /// keeping order and spacing; finally rounds to whole units and shifts into the margin.
    mutating func assignX() {
        for number in layers.indices {
            var x = 0.0
            for index in layers[number].indices {
                if index > 0 { x += separation(layers[number][index - 1], layers[number][index]) }
                layers[number][index].x = x
            }
        }
        for pass in 0..<6 {
            let downwards = pass.isMultiple(of: 2)
            for number in downwards ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed()) {
                let desired = layers[number].map { item in
                    let targets = downwards ? anchorsAbove(item, layer: number) : anchorsBelow(item, layer: number)
                    return targets.isEmpty ? item.x : targets.reduce(0, +) / Double(targets.count)
                }
                place(number, desired: desired)
            }
        }
        for number in layers.indices {
            place(number, desired: layers[number].map { $0.x.rounded() })
            for index in layers[number].indices.dropFirst() {
                let least = layers[number][index - 1].x + separation(layers[number][index - 1], layers[number][index])
                layers[number][index].x = max(layers[number][index].x, least)
            }
        }
        let left = layers.flatMap { $0 }.map { $0.x - $0.width / 2 }.min() ?? 0
        for number in layers.indices {
            for index in layers[number].indices { layers[number][index].x += Metrics.margin - left }
        }
    }

    func separation(_ left: Item, _ right: Item) -> Double {
        let gap: Double
        if case .node = left.kind, case .node = right.kind { gap = Metrics.nodeGap } else { gap = Metrics.laneGap }
        return (left.width + right.width) / 2 + gap
    }

    /// Moves a layer's items as close to `desired` as their order and spacing allow: the mean of
    /// the tightest packing pushed rightwards and the tightest pushed leftwards (both keep the
    /// spacing, so their mean does too).
    mutating func place(_ number: Int, desired: [Double]) {
        let items = layers[number]
        guard !items.isEmpty else { return }
        var right = desired
        var left = desired
        for index in items.indices.dropFirst() {
            right[index] = max(desired[index], right[index - 1] + separation(items[index - 1], items[index]))
        }
        for index in items.indices.dropLast().reversed() {
            left[index] = min(desired[index], left[index + 1] - separation(items[index], items[index + 1]))
        }
        for index in items.indices { layers[number][index].x = (right[index] + left[index]) / 2 }
    }

    func portOffset(_ edge: Edge) -> Double {
        sizes[edge.from].width * ((Double(edge.port) + 0.5) / Double(edge.ports) - 0.5)
    }

    func laneX(_ edge: Int, layer number: Int) -> Double? {
        layers[number].first { if case .lane(edge) = $0.kind { true } else { false } }?.x
    }

    func nodeX(_ node: Int) -> Double {
        layers[layer[node]].first { if case .node(node) = $0.kind { true } else { false } }?.x ?? 0
    }

    /// Where the arrows into `item` come from, in the layer above.
    func anchorsAbove(_ item: Item, layer number: Int) -> [Double] {
        switch item.kind {
        case .node(let node):
            return edges.enumerated().filter { $0.element.to == node }.map { offset, edge in
                laneX(offset, layer: number - 1) ?? nodeX(edge.from) + portOffset(edge)
            }
        case .lane(let edge):
            return [laneX(edge, layer: number - 1) ?? nodeX(edges[edge].from) + portOffset(edges[edge])]
        }
    }

    /// Where `item` should be for its arrows to go straight down into the layer below.
    func anchorsBelow(_ item: Item, layer number: Int) -> [Double] {
        switch item.kind {
        case .node(let node):
            return edges.enumerated().filter { $0.element.from == node }.map { offset, edge in
                (laneX(offset, layer: number + 1) ?? nodeX(edge.to)) - portOffset(edge)
            }
        case .lane(let edge):
            return [laneX(edge, layer: number + 1) ?? nodeX(edges[edge].to)]
        }
    }

    func geometry() -> FlowchartLayout {
        typealias Point = FlowchartLayout.Point
        var rowTop: [Double] = []
        var rowHeight: [Double] = []
        var y = Metrics.margin
        for items in layers {
            let height = items.map(\.height).max() ?? 0
            rowTop.append(y)
            rowHeight.append(height)
            y += height + Metrics.layerGap
        }
        let height = y - Metrics.layerGap + Metrics.margin
        let frames = nodes.indices.map { index in
            FlowchartLayout.Rect(
                x: nodeX(index) - sizes[index].width / 2,
                y: rowTop[layer[index]] + (rowHeight[layer[index]] - sizes[index].height) / 2,
                width: sizes[index].width, height: sizes[index].height)
        }
        // Arrows into one node enter side by side, ordered by where they come from.
        var entry: [Int: Double] = [:]
        for node in nodes.indices {
            let inset: Double = if case .outcome = nodes[node] { Metrics.outcomeInset } else { Metrics.questionCornerRadius }
            let arriving = edges.indices.filter { edges[$0].to == node }.sorted { a, b in
                let from = { (edge: Int) in laneX(edge, layer: layer[node] - 1) ?? nodeX(edges[edge].from) + portOffset(edges[edge]) }
                return (from(a), a) < (from(b), b)
            }
            let start = frames[node].x + inset
            let span = frames[node].width - 2 * inset
            for (slot, edge) in arriving.enumerated() {
                entry[edge] = start + span * (Double(slot) + 0.5) / Double(arriving.count)
            }
        }
        var arrows: [FlowchartLayout.Arrow] = []
        let labelText = ApproximateTextWidth(fontSize: Metrics.labelFontSize, bold: true)
        for (number, edge) in edges.enumerated() {
            let startX = nodeX(edge.from) + portOffset(edge)
            let sourceRow = layer[edge.from]
            var points = [Point(x: startX, y: frames[edge.from].maxY)]
            points.append(Point(x: startX, y: rowTop[sourceRow] + rowHeight[sourceRow] + Metrics.labelBand))
            for lane in (sourceRow + 1)..<layer[edge.to] {
                let x = laneX(number, layer: lane) ?? startX
                points.append(Point(x: x, y: rowTop[lane] - Metrics.arrival))
                points.append(Point(x: x, y: rowTop[lane] + rowHeight[lane] + Metrics.labelBand))
            }
            let endX = entry[number] ?? nodeX(edge.to)
            points.append(Point(x: endX, y: rowTop[layer[edge.to]] - Metrics.arrival))
            points.append(Point(x: endX, y: frames[edge.to].y))
            let labelWidth = evenCeiling(labelText.width(edge.label) + 2 * Metrics.labelPadX)
            arrows.append(FlowchartLayout.Arrow(
                from: nodes[edge.from].id, to: nodes[edge.to].id, label: edge.label, points: simplified(points),
                labelFrame: FlowchartLayout.Rect(
                    x: startX - labelWidth / 2, y: rowTop[sourceRow] + rowHeight[sourceRow] + 6,
                    width: labelWidth, height: Metrics.labelHeight)))
        }
        let right = layers.flatMap { $0 }.map { $0.x + $0.width / 2 }.max() ?? 0
        return FlowchartLayout(
            width: right + Metrics.margin, height: height,
            boxes: nodes.indices.map { FlowchartLayout.Box(node: nodes[$0], frame: frames[$0], lines: lines[$0]) },
            arrows: arrows)
    }
}

/// Drops points that lie on a straight vertical run, so each path has only its corners.
private func simplified(_ points: [FlowchartLayout.Point]) -> [FlowchartLayout.Point] {
    var result: [FlowchartLayout.Point] = []
    for point in points {
        if result.count >= 2, result[result.count - 1].x == point.x, result[result.count - 2].x == point.x {
            result[result.count - 1] = point
        } else if result.last != point {
            result.append(point)
        }
    }
    return result
}

/// The smallest even whole number at least `value`, so that a box's centre and edges are whole.
private func evenCeiling(_ value: Double) -> Double {
    (value / 2).rounded(.up) * 2
}
