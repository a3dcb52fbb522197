import SiteContent
import Testing

@testable import BriefingEngine

/// `briefing paths` (`FlowchartPaths`) and the decision aid's pages (`WizardSteps`) walk a
/// flowchart the same way (`FlowchartWalk`): pinned here on the seed and fixtures of other shapes.
@Suite("One walk for the paths and the wizard's steps")
struct FlowchartWalkTests {
    /// Each path as its answers' positions and its outcome: `1-2-1 → outcome`.
    private static func paths(_ flowchart: Flowchart) -> [String] {
        FlowchartPaths(flowchart).paths.map { path in
            let positions = path.steps.map { step in "\(step.question.answers.firstIndex(of: step.answer)! + 1)" }
            return positions.joined(separator: "-") + " → " + path.outcome.id
        }
    }

    private static func steps(_ flowchart: Flowchart) -> [String] {
        WizardSteps(flowchart).steps.map { SitePaths.wizardStepName($0.answers) + " " + $0.node.id }
    }

    /// A flowchart with a loop (`b` answers back to `a`), which the validator refuses: both skip
    /// the answer closing the loop.
    private static var looping: Flowchart {
        var flowchart = FlowchartFixtures.small
        guard case .question(var question) = flowchart.nodes[1] else { return flowchart }
        question.answers[1].next = "a"
        flowchart.nodes[1] = .question(question)
        return flowchart
    }

    @Test("the seed's paths and steps are unchanged")
    func seed() {
        #expect(Self.paths(informationSharingFlowchart) == [
            "1-1 → share", "1-2-1-1 → share", "1-2-1-2 → doNotShare", "1-2-2 → share", "2 → doNotShare",
        ])
        #expect(Self.steps(informationSharingFlowchart).map { $0.split(separator: " ")[0] } == [
            "a", "a-1", "a-1-1", "a-1-2", "a-1-2-1", "a-1-2-1-1", "a-1-2-1-2", "a-1-2-2", "a-2",
        ])
    }

    @Test("fixtures of other shapes: three answers, merging paths, a loop")
    func fixtures() {
        #expect(Self.paths(FlowchartFixtures.whoToTell) == ["1 → callPolice", "2-1 → tellLead", "2-2 → record", "3-1 → tellLead", "3-2 → callPolice"])
        #expect(Self.paths(MergingFlowcharts.chain(2)) == ["1-1 → done", "1-2 → done", "2-1 → done", "2-2 → done"])
        #expect(Self.steps(MergingFlowcharts.chain(2)) == ["a q1", "a-1 q2", "a-1-1 done", "a-1-2 done", "a-2 q2", "a-2-1 done", "a-2-2 done"])
        #expect(Self.paths(Self.looping) == ["1-1 → go", "2 → stop"])
        #expect(Self.steps(Self.looping) == ["a a", "a-1 b", "a-1-1 go", "a-2 stop"])
    }

    @Test("every path is a step reaching its outcome, in the same order")
    func pathsAreTheOutcomeSteps() {
        for flowchart in [informationSharingFlowchart, FlowchartFixtures.whoToTell, MergingFlowcharts.atTheLimit(), Self.looping] {
            let outcomeSteps = WizardSteps(flowchart).steps.filter { if case .outcome = $0.node { true } else { false } }
            #expect(outcomeSteps.map(\.answers) == FlowchartPaths(flowchart).paths.map { path in
                path.steps.map { $0.question.answers.firstIndex(of: $0.answer)! + 1 }
            })
        }
    }
}
