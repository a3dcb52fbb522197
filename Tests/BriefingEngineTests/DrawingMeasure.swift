@testable import BriefingEngine

/// Measurements of a laid-out flowchart, as a reader would judge the drawing: where its arrows
/// run (each Bézier piece sampled finely), how often two cross, how close arrowheads land.
struct DrawingMeasure {
    typealias Point = FlowchartGeometry.Point
    let layout: FlowchartGeometry

    init(_ layout: FlowchartGeometry) {
        self.layout = layout
    }

    /// Points along a cubic Bézier spline, 32 per piece.
    static func samples(_ spline: [Point]) -> [Point] {
        var points = spline.first.map { [$0] } ?? []
        for piece in stride(from: 1, to: spline.count - 2, by: 3) {
            let (p0, p1, p2, p3) = (spline[piece - 1], spline[piece], spline[piece + 1], spline[piece + 2])
            for step in 1...32 {
                let t = Double(step) / 32, u = 1 - t
                let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                points.append(Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
            }
        }
        return points
    }

    /// The arrow as drawn: into its label, straight through it, out to the arrowhead.
    func path(_ arrow: FlowchartGeometry.Arrow) -> [Point] {
        Self.samples(arrow.intoLabel) + Self.samples(arrow.outOfLabel)
    }

    /// The arrow's two curves only, without the run hidden behind its own label.
    func visibleCurves(_ arrow: FlowchartGeometry.Arrow) -> [[Point]] {
        [Self.samples(arrow.intoLabel), Self.samples(arrow.outOfLabel)]
    }

    /// Places where two arrows cross, outside every box and label (arrows leaving one question
    /// or reaching one outcome meet only at its edge).
    var crossings: Int {
        let frames = layout.boxes.map(\.frame) + layout.arrows.map(\.labelFrame)
        var count = 0
        for (index, first) in layout.arrows.enumerated() {
            for second in layout.arrows[(index + 1)...] {
                let a = path(first), b = path(second)
                var last: Point?
                for (a0, a1) in zip(a, a.dropFirst()) {
                    for (b0, b1) in zip(b, b.dropFirst()) {
                        guard let point = intersection(a0, a1, b0, b1),
                              !frames.contains(where: { grown($0, by: 2).contains(point) }) else { continue }
                        if let previous = last, distance(previous, point) < 4 { continue }
                        last = point
                        count += 1
                    }
                }
            }
        }
        return count
    }

    /// Each arrow that runs through a box or a label it does not join, with what it crosses.
    var arrowsThroughBoxes: [String] {
        var found: [String] = []
        for arrow in layout.arrows {
            let points = visibleCurves(arrow).flatMap { $0 }
            for box in layout.boxes {
                let own = box.node.id == arrow.from || box.node.id == arrow.to
                let frame = grown(box.frame, by: own ? -2 : 0)
                if points.contains(where: frame.contains) { found.append("\(arrow.from)→\(arrow.to) through \(box.node.id)") }
            }
            for other in layout.arrows where other != arrow {
                let frame = other.labelFrame
                if points.contains(where: frame.contains) { found.append("\(arrow.from)→\(arrow.to) through label \(other.label)") }
            }
        }
        return found
    }

    /// The smallest distance between two arrowheads' tips on one box; nil when no box has two.
    var closestArrowheads: Double? {
        var closest: Double?
        for box in layout.boxes {
            let tips = layout.arrows.filter { $0.to == box.node.id }.compactMap(\.outOfLabel.last)
            for (index, tip) in tips.enumerated() {
                for other in tips[(index + 1)...] {
                    closest = min(closest ?? .infinity, distance(tip, other))
                }
            }
        }
        return closest
    }

    private func grown(_ rect: FlowchartGeometry.Rect, by amount: Double) -> FlowchartGeometry.Rect {
        .init(x: rect.x - amount, y: rect.y - amount, width: rect.width + 2 * amount, height: rect.height + 2 * amount)
    }

    private func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    /// Where segments a0–a1 and b0–b1 cross, if they do.
    private func intersection(_ a0: Point, _ a1: Point, _ b0: Point, _ b1: Point) -> Point? {
        let d = (a1.x - a0.x) * (b1.y - b0.y) - (a1.y - a0.y) * (b1.x - b0.x)
        guard d != 0 else { return nil }
        let t = ((b0.x - a0.x) * (b1.y - b0.y) - (b0.y - a0.y) * (b1.x - b0.x)) / d
        let u = ((b0.x - a0.x) * (a1.y - a0.y) - (b0.y - a0.y) * (a1.x - a0.x)) / d
        guard t > 0, t <= 1, u > 0, u <= 1 else { return nil }
        return Point(x: a0.x + t * (a1.x - a0.x), y: a0.y + t * (a1.y - a0.y))
    }
}
