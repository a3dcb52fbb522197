import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

typealias Concern = FlowchartFixtures.Concern

/// "Who to tell" (three answers to its first question, two outcomes reached twice) with `proofs`.
private func whoToTell(_ proofs: FlowchartProofs) -> Flowchart {
    FlowchartFixtures.whoToTell.proved(by: proofs)
}

/// The seed's flowchart as the site describes it, rules and scenarios attached.
private var seed: Flowchart { site.briefings.flatMap(\.flowcharts)[0] }

/// One rule over "Who to tell" and whether it holds, fails or holds vacuously.
struct RuleCase: Sendable, CustomTestStringConvertible {
    enum Verdict: Sendable { case holds, broken(paths: Int), vacuous }
    var name: String
    var rule: Rule<Concern>
    var verdict: Verdict
    var testDescription: String { name }
}

private let ruleCases: [RuleCase] = [
    .init(name: "true: whoever must call 999 said there is danger or could not reach the lead",
          rule: Rule("") { path in !path.reaches(.callPolice) || path.answered(.danger, "Yes") || path.answered(.lead, "No") },
          verdict: .holds),
    .init(name: "true without a premise: every path asks about danger",
          rule: Rule("") { path in path.reaches(.danger) }, verdict: .holds),
    .init(name: "true with &&: a path ending in 'record' said no danger and no worry",
          rule: Rule("") { path in !path.endsIn(FlowchartOutcomeKind("record")) || (path.answered(.danger, "No") && path.answered(.worried, "No")) },
          verdict: .holds),
    .init(name: "false: whoever must call 999 said there is danger (not when the lead cannot be reached)",
          rule: Rule("") { path in !path.reaches(.callPolice) || path.answered(.danger, "Yes") },
          verdict: .broken(paths: 1)),
    .init(name: "false on two paths: no one is told to tell the lead",
          rule: Rule("") { path in !path.reaches(.tellLead) }, verdict: .broken(paths: 2)),
    .init(name: "false: every outcome points to rule 7",
          rule: Rule("") { path in path.outcomePointsTo(rule: 7) }, verdict: .broken(paths: 4)),
    .init(name: "vacuous: no path ends in a 'share' outcome",
          rule: Rule("") { path in !path.endsIn(.share) || path.answered(.danger, "No") }, verdict: .vacuous),
    .init(name: "vacuous: no path both says danger and asks about the lead",
          rule: Rule("") { path in !(path.answered(.danger, "Yes") && path.reaches(.lead)) || path.reaches(.record) },
          verdict: .vacuous),
]

@Suite struct ProofCheckerTests {
    @Test(arguments: ruleCases)
    func aRuleHoldsFailsOrHoldsVacuously(_ testCase: RuleCase) {
        let diagnostics = ProofChecker().check(whoToTell(FlowchartProofs(rules: [testCase.rule.rule])))
        switch testCase.verdict {
        case .holds:
            #expect(diagnostics.isEmpty)
        case .broken(let paths):
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.severity == .error)
            #expect(diagnostics.first?.message.components(separatedBy: "counterexample: ").count == paths + 1)
        case .vacuous:
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.severity == .warning)
            #expect(diagnostics.first?.message.contains("holds only because no path") == true)
        }
    }

    @Test func aBrokenRuleIsReportedAtItsLineWithTheAnswersAPersonWouldGive() throws {
        let line = #line + 2
        let proofs = FlowchartProofs(of: Concern.self) {
            Rule("Only danger means calling 999") { path in !path.reaches(.callPolice) || path.answered(.danger, "Yes") }
        }
        let diagnostic = try #require(ProofChecker().check(whoToTell(proofs)).first)
        #expect(diagnostic.location.file == "Tests/BriefingEngineTests/ProofCheckerTests.swift")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == 13)
        #expect(diagnostic.message == """
            the rule “Only danger means calling 999” is broken on 1 path of “Who to tell”:
                counterexample: Is a child in immediate danger? Not sure → Can you reach your safeguarding lead now? No → Call 999
            """)
    }

    @Test func theRuleIsPutIntoWords() {
        let proofs = FlowchartProofs(of: Concern.self) {
            Rule("") { path in !path.reaches(.callPolice) || path.answered(.danger, "Yes") || !path.endsIn(.share) }
        }
        let rule = proofs.rules[0]
        #expect(rule.condition.premise?.words(in: FlowchartFixtures.whoToTell) == "ends in “Call 999”")
        #expect(rule.condition.words(in: FlowchartFixtures.whoToTell)
            == "either does not end in “Call 999”, or answers “Yes” to “Is a child in immediate danger?”, or does not end in a ‘share’ outcome")
    }

    @Test func aRuleNamingAnAnswerThatDoesNotExistIsAnErrorAtThatCallNamingTheLabelsThatDo() throws {
        let line = #line + 2
        let proofs = FlowchartProofs(of: Concern.self) {
            Rule("Danger means calling 999") { path in !path.answered(.danger, "Maybe") || path.reaches(.callPolice) }
        }
        let diagnostics = ProofChecker().check(whoToTell(proofs))
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == 62)
        #expect(diagnostic.message == "“Maybe” is not an answer to 'danger' (“Is a child in immediate danger?”); its answers are “Yes”, “No”, “Not sure”")
    }

    @Test func aRuleAskingAnOutcomeForAnAnswerIsAnError() {
        let proofs = FlowchartProofs(of: Concern.self) { Rule("") { path in path.answered(.record, "Yes") } }
        #expect(ProofChecker().check(whoToTell(proofs)).map(\.message) == ["'record' is not a question of “Who to tell”"])
    }

    @Test func theErrorQuotesTheSourceLineFromThePackage() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let proofs = FlowchartProofs(of: Concern.self) { Rule("Never tell the lead") { path in !path.reaches(.tellLead) } }
        let diagnostic = try #require(ProofChecker(sourceRoot: root).check(whoToTell(proofs)).first)
        #expect(diagnostic.sourceLine?.contains("Rule(\"Never tell the lead\")") == true)
    }
}

/// A scenario over "Who to tell" that the checker must refuse, and what it must say.
struct ScenarioMistake: Sendable, CustomTestStringConvertible {
    var name: String
    var scenario: Scenario<Concern>
    var message: String
    var testDescription: String { name }
}

private let scenarioMistakes: [ScenarioMistake] = [
    .init(name: "the flowchart's answer differs",
          scenario: Scenario("A child is in immediate danger.", answers: [.danger: "Yes"], expect: .tellLead),
          message: "scenario 1 of “Who to tell” expects “Tell your safeguarding lead today”, but the flowchart now answers “Call 999”:\n    its answers: Is a child in immediate danger? Yes → Call 999"),
    .init(name: "the answers stop before an outcome",
          scenario: Scenario("Not sure.", answers: [.danger: "Not sure"], expect: .tellLead),
          message: "in scenario 1 of “Who to tell”: the scenario stops before an outcome: it gives no answer to 'lead' (“Can you reach your safeguarding lead now?”)"),
    .init(name: "the answers run past an outcome",
          scenario: Scenario("Danger.", answers: [.danger: "Yes", .worried: "Yes"], expect: .callPolice),
          message: "in scenario 1 of “Who to tell”: the scenario runs past the outcome “Call 999”: its answer to 'worried' is never asked for"),
    .init(name: "an answer label does not exist",
          scenario: Scenario("Danger.", answers: [.danger: "yes"], expect: .callPolice),
          message: "in scenario 1 of “Who to tell”: “yes” is not an answer to 'danger' (“Is a child in immediate danger?”); its answers are “Yes”, “No”, “Not sure”"),
    .init(name: "a question is answered twice",
          scenario: Scenario("Danger.", answers: [.danger: "Yes", .danger: "No"], expect: .callPolice),
          message: "in scenario 1 of “Who to tell”: the scenario answers question 'danger' twice"),
    .init(name: "the expected outcome is a question",
          scenario: Scenario("Danger.", answers: [.danger: "Yes"], expect: .worried),
          message: "scenario 1 of “Who to tell” expects 'worried', which is not an outcome of “Who to tell”"),
]

@Suite struct ScenarioCheckTests {
    @Test(arguments: scenarioMistakes)
    func aWrongScenarioIsAnErrorAtItsLine(_ mistake: ScenarioMistake) throws {
        let diagnostics = ProofChecker().check(whoToTell(FlowchartProofs(scenarios: [mistake.scenario.scenario])))
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == [mistake.message])
        #expect(errors.first?.location == mistake.scenario.scenario.location)
        #expect(errors.first?.location.file == "Tests/BriefingEngineTests/ProofCheckerTests.swift")
    }

    @Test func aPathNoScenarioWalksIsAWarningAtTheFlowchartGivingTheScenarioToAdd() {
        let proofs = FlowchartProofs(of: Concern.self) {
            Scenario("A child is in immediate danger.", answers: [.danger: "Yes"], expect: .callPolice)
            Scenario("No danger, no worry.", answers: [.worried: "No", .danger: "No"], expect: .record)
        }
        let diagnostics = ProofChecker().check(whoToTell(proofs))
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.location == FlowchartFixtures.whoToTell.location })
        #expect(diagnostics.map(\.message) == [2, 4, 5].map { number in
            let path = FlowchartPaths(FlowchartFixtures.whoToTell).paths[number - 1]
            return "no scenario walks path \(number) of “Who to tell”: \(path.words)"
        })
        #expect(diagnostics.first?.hint == "add Scenario(\"…\", answers: [.danger: \"No\", .worried: \"Yes\"], expect: .tellLead) to its proofs")
    }

    @Test func aFlowchartWithoutScenariosGetsNoCoverageWarnings() {
        #expect(ProofChecker().check(FlowchartFixtures.whoToTell).isEmpty)
    }

    @Test func theSeedsRulesHoldAndItsScenariosWalkEveryPath() {
        #expect(seed.proofs.rules.count == 3)
        #expect(seed.proofs.scenarios.count == FlowchartPaths(seed).paths.count)
        #expect(ProofChecker().check(seed).isEmpty)
    }
}

/// A deliberately wrong version of the seed's flowchart, and the one seed rule that must catch it.
struct WrongSeed: Sendable, CustomTestStringConvertible {
    var name: String
    var rule: Int
    var counterexample: String
    var change: @Sendable (inout Flowchart) -> Void
    var testDescription: String { name }
}

private func pointAnswer(_ flowchart: inout Flowchart, of question: String, _ label: String, to next: String) {
    guard let index = flowchart.nodes.firstIndex(where: { $0.id == question }), case .question(var node) = flowchart.nodes[index] else { return }
    node.answers = node.answers.map { answer in
        var answer = answer
        if answer.label == label { answer.next = next }
        return answer
    }
    flowchart.nodes[index] = .question(node)
}

private let wrongSeeds: [WrongSeed] = [
    .init(name: "no clear and legitimate purpose, yet told to share", rule: 0,
          counterexample: "Is there a clear and legitimate purpose for sharing information? No → You can share but should consider how") {
        pointAnswer(&$0, of: "purpose", "No", to: "share")
    },
    .init(name: "no consent and identifiable, told to share without asking for a lawful reason", rule: 1,
          counterexample: "Is there a clear and legitimate purpose for sharing information? Yes → Do you have consent to share? No → Does the information enable an individual to be identified? Yes → You can share but should consider how") {
        pointAnswer(&$0, of: "identifiable", "Yes", to: "share")
        pointAnswer(&$0, of: "identifiable", "No", to: "lawfulReason")
    },
    .init(name: "no lawful reason, yet told to share", rule: 1,
          counterexample: "Is there a clear and legitimate purpose for sharing information? Yes → Do you have consent to share? No → Does the information enable an individual to be identified? Yes → Have you identified a lawful reason to share information without consent? No → You can share but should consider how") {
        pointAnswer(&$0, of: "lawfulReason", "No", to: "share")
    },
    .init(name: "“do not share” no longer points to golden rule 7", rule: 2,
          counterexample: "Is there a clear and legitimate purpose for sharing information? Yes → Do you have consent to share? No → Does the information enable an individual to be identified? Yes → Have you identified a lawful reason to share information without consent? No → Do not share") {
        guard let index = $0.nodes.firstIndex(where: { $0.id == "doNotShare" }), case .outcome(var outcome) = $0.nodes[index] else { return }
        outcome.rules = [3]
        $0.nodes[index] = .outcome(outcome)
    },
]

@Suite struct SeedRuleTests {
    @Test(arguments: wrongSeeds)
    func eachSeedRuleCatchesAWrongFlowchart(_ wrong: WrongSeed) throws {
        var flowchart = seed
        wrong.change(&flowchart)
        #expect(FlowchartValidator().validate(flowchart).isEmpty)
        let rule = flowchart.proofs.rules[wrong.rule]
        let broken = try #require(ProofChecker().check(flowchart).first { $0.location == rule.location })
        #expect(broken.severity == .error)
        #expect(broken.message.hasPrefix("the rule “\(rule.sentence)” is broken"))
        #expect(broken.message.contains("counterexample: " + wrong.counterexample + "\n") || broken.message.hasSuffix("counterexample: " + wrong.counterexample))
    }
}

@Suite struct ProofBuildTests {
    @Test func aBrokenRuleOrScenarioFailsTheBuildWithEveryErrorAndLeavesTheSiteAsItWas() async throws {
        let fixture = try await WhoToTellSite.build()
        defer { fixture.remove() }
        let before = fixture.tree(fixture.site)
        var description = WhoToTellSite.description
        description.briefings[0].flowcharts = [whoToTell(FlowchartProofs(of: Concern.self) {
            Rule("No one is sent to the lead") { path in !path.reaches(.tellLead) }
            Scenario("A child is in immediate danger.", answers: [.danger: "Yes"], expect: .record)
        })]
        let failure = await #expect(throws: BuildFailure.self) { try await fixture.builder(description).build() }
        #expect(failure?.errors.map { String($0.message.prefix(40)) } == [
            "the rule “No one is sent to the lead” is",
            "scenario 1 of “Who to tell” expects “Rec",
        ])
        #expect(fixture.tree(fixture.site) == before)
    }
}
