import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

private let flowcharts = [informationSharingFlowchart, FlowchartFixtures.whoToTell, FlowchartFixtures.small] + FlowchartShapes.all

/// The drawing of `flowchart`, which every fixture has.
func diagram(_ flowchart: Flowchart) -> FlowchartDiagram {
    guard let diagram = FlowchartDiagram(flowchart) else {
        Issue.record("Graphviz could not lay out \(flowchart.id)")
        return FlowchartDiagram(FlowchartFixtures.small)!
    }
    return diagram
}

@Suite struct FlowchartDiagramTests {
    @Test(arguments: flowcharts)
    func theSameFlowchartAlwaysGivesTheSameBytes(_ flowchart: Flowchart) {
        #expect(diagram(flowchart).svg == diagram(flowchart).svg)
    }

    @Test func theSeedDiagramIsUnchangedByRebuildingItsDescription() {
        let copy = Flowchart(
            id: informationSharingFlowchart.id, title: informationSharingFlowchart.title,
            start: informationSharingFlowchart.start, nodes: informationSharingFlowchart.nodes,
            location: informationSharingFlowchart.location)
        #expect(diagram(copy).svg == diagram(informationSharingFlowchart).svg)
    }

    @Test(arguments: flowcharts)
    func everyQuestionOutcomeAndAnswerIsInTheImage(_ flowchart: Flowchart) {
        let diagram = diagram(flowchart)
        let svg = diagram.svg
        for box in diagram.layout.boxes {
            #expect(box.lines.joined(separator: " ") == box.node.text)
            for line in box.lines {
                #expect(svg.contains(">\(HTMLEscaping.attribute(line))</tspan>"))
            }
        }
        #expect(diagram.layout.boxes.count == flowchart.nodes.count)
        #expect(diagram.layout.arrows.map(\.label) == flowchart.questions.flatMap { $0.answers.map(\.label) })
        #expect(diagram.layout.arrows.count == flowchart.questions.map(\.answers.count).reduce(0, +))
    }

    @Test(arguments: flowcharts)
    func theImageIsAccessibleScalableAndAllowedByTheContentSecurityPolicy(_ flowchart: Flowchart) throws {
        let svg = diagram(flowchart).svg
        let root = try #require(svg.split(separator: "\n").first)
        #expect(root.contains("role=\"img\""))
        #expect(root.contains("viewBox=\"0 0 "))
        // Its natural size is the viewBox's, one unit to one CSS pixel; CSS may scale it.
        let layout = diagram(flowchart).layout
        #expect(root.contains("viewBox=\"0 0 \(Int(layout.width)) \(Int(layout.height))\" width=\"\(Int(layout.width))\" height=\"\(Int(layout.height))\""))
        #expect(svg.contains("<title id=\"\(flowchart.id)-title\">\(HTMLEscaping.attribute(flowchart.title))</title>"))
        #expect(svg.contains("<desc id=\"\(flowchart.id)-desc\">"))
        #expect(!svg.contains("style="))
        #expect(!svg.contains("<script"))
        #expect(svg.firstMatch(of: /\son[a-z]+=/) == nil)
    }

    @Test func textIsEscaped() {
        let svg = diagram(FlowchartFixtures.whoToTell).svg
        #expect(svg.contains("&amp;"))
        #expect(svg.contains("&lt;carefully&gt;"))
        #expect(!svg.contains("<carefully>"))
    }

    @Test func outcomesCarryAClassForTheirKind() {
        let svg = diagram(FlowchartFixtures.whoToTell).svg
        #expect(svg.contains("class=\"flowchart-node flowchart-outcome outcome-emergency\" data-node=\"callPolice\""))
        #expect(svg.contains("class=\"flowchart-node flowchart-outcome outcome-seek-advice\" data-node=\"tellLead\""))
    }

    @Test(arguments: flowcharts)
    func everyAnswerLabelIsInTheImageWrappedOrNot(_ flowchart: Flowchart) {
        let diagram = diagram(flowchart)
        for arrow in diagram.layout.arrows {
            #expect(arrow.labelLines.joined(separator: " ") == arrow.label)
            for line in arrow.labelLines {
                #expect(diagram.svg.contains(">\(HTMLEscaping.attribute(line))</tspan>"))
            }
        }
    }

    @Test func longAnswerLabelsWrapInsteadOfWideningTheirQuestion() throws {
        let layout = diagram(FlowchartShapes.fiveQuestions).layout
        let long = try #require(layout.arrows.first { $0.label.hasPrefix("I have a feeling") })
        #expect(long.labelLines.count > 1)
        #expect(long.labelFrame.width <= FlowchartMetrics.labelTextWidth + 2 * FlowchartMetrics.labelPadX)
        let question = try #require(layout.boxes.first { $0.node.id == "worried" })
        #expect(question.frame.width <= FlowchartMetrics.questionTextWidth + 2 * FlowchartMetrics.padX)
    }

    @Test func longQuestionsAreWrappedToTheBoxWidth() {
        let layout = diagram(informationSharingFlowchart).layout
        let purpose = layout.boxes[0]
        #expect(purpose.lines.count > 1)
        #expect(purpose.frame.width <= FlowchartMetrics.questionTextWidth + 2 * FlowchartMetrics.padX)
    }
}

/// What keeps the drawings the same from machine to machine.
@Suite struct GraphvizPinTests {
    @Test("Graphviz is the version the committed site was laid out with (Debian bookworm's)")
    func graphvizIsThePinnedVersion() {
        #expect(GraphvizLayout.version == "2.43.0", "another Graphviz may lay flowcharts out differently: rebuild site/ and update this pin")
    }

    @Test("Graphviz lays out with its dot plugin only: no text-layout plugin, so no font, is loaded")
    func onlyTheDotPluginIsLoaded() throws {
        #expect(FlowchartGeometry(FlowchartShapes.fiveQuestions, reusingEarlierLayout: false) != nil)
        let data = try #require(try FileHandle(forReadingAtPath: "/proc/self/maps")?.readToEnd())
        let maps = String(decoding: data, as: UTF8.self)
        let loaded = { (library: String) in maps.contains(library) }
        #expect(loaded("libgvplugin_dot_layout"))
        #expect(!loaded("libgvplugin_pango"), "gvContext() offered every plugin: the dot-only context was not made")
        #expect(!loaded("libfontconfig"))
    }

    @Test("laying out in many tasks at once gives the same drawing as laying out alone")
    func concurrentLayoutsAgree() async {
        let alone = FlowchartGeometry(FlowchartShapes.fiveQuestions, reusingEarlierLayout: false)
        let together = await Array(0..<8).concurrentMap { _ in FlowchartGeometry(FlowchartShapes.fiveQuestions, reusingEarlierLayout: false) }
        #expect(alone != nil)
        #expect(together.allSatisfy { $0 == alone })
    }
}
