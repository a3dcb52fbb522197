import SiteContent
import Testing

@testable import BriefingEngine

private let flowcharts = [informationSharingFlowchart, FlowchartFixtures.whoToTell, FlowchartFixtures.small]

@Suite struct FlowchartDiagramTests {
    @Test(arguments: flowcharts)
    func theSameFlowchartAlwaysGivesTheSameBytes(_ flowchart: Flowchart) {
        #expect(FlowchartDiagram(flowchart).svg == FlowchartDiagram(flowchart).svg)
    }

    @Test func theSeedDiagramIsUnchangedByRebuildingItsDescription() {
        let copy = Flowchart(
            id: informationSharingFlowchart.id, title: informationSharingFlowchart.title,
            start: informationSharingFlowchart.start, nodes: informationSharingFlowchart.nodes,
            location: informationSharingFlowchart.location)
        #expect(FlowchartDiagram(copy).svg == FlowchartDiagram(informationSharingFlowchart).svg)
    }

    @Test(arguments: flowcharts)
    func everyQuestionOutcomeAndAnswerIsInTheImage(_ flowchart: Flowchart) {
        let diagram = FlowchartDiagram(flowchart)
        let svg = diagram.svg
        for box in diagram.layout.boxes {
            #expect(box.lines.joined(separator: " ") == box.node.text)
            for line in box.lines {
                #expect(svg.contains(">\(HTMLEscaping.attribute(line))</tspan>"))
            }
        }
        #expect(diagram.layout.boxes.count == flowchart.nodes.count)
        for question in flowchart.questions {
            for answer in question.answers {
                #expect(svg.contains(">\(HTMLEscaping.attribute(answer.label))</text>"))
            }
        }
        #expect(diagram.layout.arrows.count == flowchart.questions.map(\.answers.count).reduce(0, +))
    }

    @Test(arguments: flowcharts)
    func theImageIsAccessibleScalableAndAllowedByTheContentSecurityPolicy(_ flowchart: Flowchart) throws {
        let svg = FlowchartDiagram(flowchart).svg
        let root = try #require(svg.split(separator: "\n").first)
        #expect(root.contains("role=\"img\""))
        #expect(root.contains("viewBox=\"0 0 "))
        #expect(!root.contains(" width="))
        #expect(!root.contains(" height="))
        #expect(svg.contains("<title id=\"\(flowchart.id)-title\">\(HTMLEscaping.attribute(flowchart.title))</title>"))
        #expect(svg.contains("<desc id=\"\(flowchart.id)-desc\">"))
        #expect(!svg.contains("style="))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains(" on"))
    }

    @Test func textIsEscaped() {
        let svg = FlowchartDiagram(FlowchartFixtures.whoToTell).svg
        #expect(svg.contains("&amp;"))
        #expect(svg.contains("&lt;carefully&gt;"))
        #expect(!svg.contains("<carefully>"))
    }

    @Test func outcomesCarryAClassForTheirKind() {
        let svg = FlowchartDiagram(FlowchartFixtures.whoToTell).svg
        #expect(svg.contains("class=\"flowchart-node flowchart-outcome outcome-emergency\" data-node=\"callPolice\""))
        #expect(svg.contains("class=\"flowchart-node flowchart-outcome outcome-seek-advice\" data-node=\"tellLead\""))
    }

    @Test(arguments: flowcharts)
    func noBoxOrLabelOverlapsAnotherAndNoArrowCrossesABox(_ flowchart: Flowchart) {
        let layout = FlowchartLayout(flowchart)
        let frames = layout.boxes.map(\.frame) + layout.arrows.map(\.labelFrame)
        for (index, frame) in frames.enumerated() {
            #expect(frame.x >= 0 && frame.y >= 0 && frame.maxX <= layout.width && frame.maxY <= layout.height)
            for other in frames[(index + 1)...] {
                #expect(!frame.overlaps(other), "\(frame) overlaps \(other)")
            }
        }
        for arrow in layout.arrows {
            #expect(arrow.points.count >= 2)
            for (start, end) in zip(arrow.points, arrow.points.dropFirst()) {
                for step in 0...100 {
                    let t = Double(step) / 100
                    let x = start.x + (end.x - start.x) * t
                    let y = start.y + (end.y - start.y) * t
                    for box in layout.boxes {
                        let inside = x > box.frame.x && x < box.frame.maxX && y > box.frame.y && y < box.frame.maxY
                        #expect(!inside, "arrow \(arrow.from) → \(arrow.to) crosses \(box.node.id)")
                    }
                }
            }
        }
    }

    @Test(arguments: flowcharts)
    func arrowsRunFromTheirQuestionToTheirTargetDownwards(_ flowchart: Flowchart) throws {
        let layout = FlowchartLayout(flowchart)
        for arrow in layout.arrows {
            let from = try #require(layout.boxes.first { $0.node.id == arrow.from }).frame
            let to = try #require(layout.boxes.first { $0.node.id == arrow.to }).frame
            let first = try #require(arrow.points.first)
            let last = try #require(arrow.points.last)
            #expect(first.y == from.maxY && first.x > from.x && first.x < from.maxX)
            #expect(last.y == to.y && last.x > to.x && last.x < to.maxX)
            #expect(zip(arrow.points, arrow.points.dropFirst()).allSatisfy { $0.y < $1.y })
        }
    }

    @Test func longQuestionsAreWrappedToTheBoxWidth() {
        let layout = FlowchartLayout(informationSharingFlowchart)
        let purpose = layout.boxes[0]
        #expect(purpose.lines.count > 1)
        #expect(purpose.frame.width <= FlowchartMetrics.questionTextWidth + 2 * FlowchartMetrics.padX)
    }
}
