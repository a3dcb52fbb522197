import SiteContent
import Testing

@testable import BriefingEngine

/// The drawings Graphviz lays out, measured: on the seed and on fixtures of other shapes.
@Suite struct FlowchartGeometryTests {
    static let flowcharts = [informationSharingFlowchart, FlowchartFixtures.whoToTell, FlowchartFixtures.small] + FlowchartShapes.all

    @Test(arguments: flowcharts)
    func noBoxOrLabelOverlapsAnotherAndAllAreInTheImage(_ flowchart: Flowchart) {
        let layout = diagram(flowchart).layout
        let frames = layout.boxes.map(\.frame) + layout.arrows.map(\.labelFrame)
        for (index, frame) in frames.enumerated() {
            #expect(frame.x >= 0 && frame.y >= 0 && frame.maxX <= layout.width && frame.maxY <= layout.height)
            for other in frames[(index + 1)...] {
                #expect(!frame.overlaps(other), "\(frame) overlaps \(other)")
            }
        }
    }

    @Test(arguments: flowcharts)
    func noArrowRunsThroughABoxOrALabel(_ flowchart: Flowchart) {
        #expect(DrawingMeasure(diagram(flowchart).layout).arrowsThroughBoxes == [])
    }

    @Test(arguments: flowcharts)
    func arrowsRunFromTheirQuestionThroughTheirLabelToTheirTarget(_ flowchart: Flowchart) throws {
        let layout = diagram(flowchart).layout
        for arrow in layout.arrows {
            let from = try #require(layout.boxes.first { $0.node.id == arrow.from }).frame
            let to = try #require(layout.boxes.first { $0.node.id == arrow.to }).frame
            let start = try #require(arrow.intoLabel.first), intoLabel = try #require(arrow.intoLabel.last)
            let outOfLabel = try #require(arrow.outOfLabel.first), tip = try #require(arrow.outOfLabel.last)
            #expect(onEdge(start, of: from), "\(arrow.from)→\(arrow.to) starts at \(start), not on \(from)")
            #expect(onEdge(intoLabel, of: arrow.labelFrame) && onEdge(outOfLabel, of: arrow.labelFrame))
            #expect(onEdge(tip, of: to), "\(arrow.from)→\(arrow.to) ends at \(tip), not on \(to)")
            #expect(start.y < tip.y, "arrows run downwards")
        }
    }

    @Test(arguments: flowcharts)
    func arrowheadsOnOneBoxAreAtLeast12UnitsApart(_ flowchart: Flowchart) {
        let closest = DrawingMeasure(diagram(flowchart).layout).closestArrowheads ?? .infinity
        #expect(closest >= 12, "two arrowheads \(closest) units apart")
    }

    @Test func theSeedDrawingHasAtMostTheOneCrossingItHadBefore() {
        #expect(DrawingMeasure(diagram(informationSharingFlowchart).layout).crossings <= 1)
    }

    @Test(arguments: [FlowchartFixtures.whoToTell] + FlowchartShapes.all)
    func otherShapesHaveAtMostTwoCrossings(_ flowchart: Flowchart) {
        #expect(DrawingMeasure(diagram(flowchart).layout).crossings <= 2)
    }

    @Test func crossingsAreCounted() {
        // Two arrows drawn as an X: the measure must see the crossing it exists to count.
        typealias P = FlowchartGeometry.Point
        func line(_ a: P, _ b: P) -> [P] { [a, a, b, b] }
        let node = FlowchartNode.outcome(FlowchartOutcome(id: "x", title: "X", kind: .share, location: FlowchartFixtures.at(1)))
        let far = FlowchartGeometry.Rect(x: 500, y: 500, width: 1, height: 1)
        func arrow(_ from: P, _ to: P) -> FlowchartGeometry.Arrow {
            .init(from: "a", to: "b", label: "", labelLines: [], labelFrame: far, intoLabel: line(from, from), outOfLabel: line(from, to))
        }
        var layout = diagram(FlowchartFixtures.small).layout
        layout.boxes = [.init(node: node, frame: far, lines: [])]
        layout.arrows = [arrow(P(x: 0, y: 0), P(x: 100, y: 100)), arrow(P(x: 100, y: 0), P(x: 0, y: 100))]
        #expect(DrawingMeasure(layout).crossings == 1)
    }

    @Test func graphvizIsGivenSizesNotText() {
        let dot = FlowchartBoxes(FlowchartShapes.fiveQuestions).dot
        #expect(dot.contains("fixedsize=true, label=\"\""))
        #expect(!dot.contains("Refer"))
        #expect(!dot.contains("fontname"))
    }

    private func onEdge(_ point: FlowchartGeometry.Point, of frame: FlowchartGeometry.Rect) -> Bool {
        let inside = point.x >= frame.x - 1 && point.x <= frame.maxX + 1 && point.y >= frame.y - 1 && point.y <= frame.maxY + 1
        let nearEdge = abs(point.x - frame.x) <= 1.5 || abs(point.x - frame.maxX) <= 1.5
            || abs(point.y - frame.y) <= 1.5 || abs(point.y - frame.maxY) <= 1.5
        return inside && nearEdge
    }
}


/// Long texts wrap onto more lines instead of widening their box or label.
@Suite struct FlowchartWrappingTests {
    @Test(arguments: FlowchartGeometryTests.flowcharts)
    func noBoxOrLabelIsWiderThanItsWrappingWidth(_ flowchart: Flowchart) {
        typealias Metrics = FlowchartMetrics
        let layout = diagram(flowchart).layout
        for arrow in layout.arrows {
            #expect(arrow.labelFrame.width <= Metrics.labelTextWidth + 2 * Metrics.labelPadX + 2, "\(arrow.label)")
        }
        for box in layout.boxes {
            let widest = max(Metrics.questionTextWidth + 2 * Metrics.padX, Metrics.outcomeTextWidth + 2 * (Metrics.padX + Metrics.outcomeInset))
            #expect(box.frame.width <= widest + 2, "\(box.node.id)")
        }
    }

    @Test func theFiveQuestionShapesLongAnswersWrap() {
        let arrows = diagram(FlowchartShapes.fiveQuestions).layout.arrows
        let long = arrows.filter { $0.label.count > 20 }
        #expect(long.count == 4)
        for arrow in long {
            #expect(arrow.labelLines.count >= 2, "\(arrow.label)")
            #expect(arrow.labelLines.joined(separator: " ") == arrow.label)
        }
    }
}
