import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

/// A way through a flowchart: the answers given, in order, and the outcome they lead to.
struct ExpectedPath: Sendable, CustomTestStringConvertible {
    var answers: [String]
    var outcome: String

    var testDescription: String { "answering \(answers.joined(separator: ", ")) leads to \(outcome)" }
}

private let seedPaths: [ExpectedPath] = [
    .init(answers: ["Yes", "Yes"], outcome: "share"),
    .init(answers: ["Yes", "No", "Yes", "Yes"], outcome: "share"),
    .init(answers: ["Yes", "No", "Yes", "No"], outcome: "doNotShare"),
    .init(answers: ["Yes", "No", "No"], outcome: "share"),
    .init(answers: ["No"], outcome: "doNotShare"),
]

private let whoToTellPaths: [ExpectedPath] = [
    .init(answers: ["Yes"], outcome: "callPolice"),
    .init(answers: ["No", "Yes"], outcome: "tellLead"),
    .init(answers: ["No", "No"], outcome: "record"),
    .init(answers: ["Not sure", "Yes"], outcome: "tellLead"),
    .init(answers: ["Not sure", "No"], outcome: "callPolice"),
]

@Suite struct FlowchartPathsTests {
    @Test func theSeedFlowchartHasFivePathsTwoDoNotShareThreeShare() {
        let paths = FlowchartPaths(informationSharingFlowchart).paths
        #expect(paths.count == 5)
        #expect(paths.filter { $0.outcome.kind == .doNotShare }.count == 2)
        #expect(paths.filter { $0.outcome.kind == .share }.count == 3)
    }

    @Test(arguments: seedPaths)
    func everySeedPathIsEnumerated(_ expected: ExpectedPath) {
        let paths = FlowchartPaths(informationSharingFlowchart).paths
        #expect(paths.contains { $0.steps.map(\.answer.label) == expected.answers && $0.outcome.id == expected.outcome })
    }

    @Test func answeringNoToClearAndLegitimatePurposeSaysDoNotShare() throws {
        let path = try #require(FlowchartPaths(informationSharingFlowchart).paths.last)
        #expect(path.steps.map(\.question.text) == ["Is there a clear and legitimate purpose for sharing information?"])
        #expect(path.outcome.title == "Do not share")
    }

    @Test func pathsComeInTheOrderTheAnswersAreWritten() {
        let paths = FlowchartPaths(FlowchartFixtures.whoToTell).paths
        #expect(paths.map(\.steps).map { $0.map(\.answer.label) } == whoToTellPaths.map(\.answers))
        #expect(paths.map(\.outcome.id) == whoToTellPaths.map(\.outcome))
    }

    @Test func theTableHasOneRowPerPathAndAColumnPerQuestion() {
        let table = FlowchartPaths(informationSharingFlowchart).table
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "When to share (when-to-share), version \(informationSharingFlowchart.version): 5 paths")
        #expect(lines[2] == "path  purpose  consent  identifiable  lawfulReason  outcome")
        #expect(lines[3] == "1     Yes      Yes      -             -             share: You can share but should consider how")
        #expect(lines[7] == "5     No       -        -             -             doNotShare: Do not share")
        #expect(table.contains("  lawfulReason: Have you identified a lawful reason to share information without consent?\n"))
    }

    @Test(arguments: [informationSharingFlowchart, FlowchartFixtures.whoToTell])
    func theJSONListsEveryPathWithStableBytes(_ flowchart: Flowchart) throws {
        let json = FlowchartPaths(flowchart).json
        #expect(json == FlowchartPaths(flowchart).json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [[String: Any]])
        #expect(paths.count == FlowchartPaths(flowchart).paths.count)
        #expect(document["version"] as? String == flowchart.version)
        #expect(document["start"] as? String == flowchart.start)
        // Keys are sorted, so the text does not depend on dictionary order.
        let keys = ["\"id\"", "\"paths\"", "\"start\"", "\"title\"", "\"version\""].map { json.range(of: "\n  " + $0)!.lowerBound }
        #expect(keys == keys.sorted())
    }

    @Test func theVersionIsAStableHashOfWhatTheFlowchartSays() {
        let version = informationSharingFlowchart.version
        #expect(version.count == 16)
        #expect(version.allSatisfy { $0.isHexDigit })
        #expect(FlowchartFixtures.small.version == FlowchartFixtures.small.version)
        var moved = FlowchartFixtures.small
        moved.location = FlowchartFixtures.at(40)
        #expect(moved.version == FlowchartFixtures.small.version)
        var reworded = FlowchartFixtures.small
        reworded.title = "Test!"
        #expect(reworded.version != FlowchartFixtures.small.version)
    }
}
