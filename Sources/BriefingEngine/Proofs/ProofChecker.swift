import Foundation

/// Checks a flowchart's rules over every path and walks each scenario, at build time. Meant for
/// a flowchart `FlowchartValidator` accepts. Reports, each at the Swift call site:
///
/// - an error for a rule or scenario naming a question, outcome or answer label that does not
///   exist (naming those that do), or a scenario whose answers stop before an outcome or run past one;
/// - an error for a rule broken on some path, with each counterexample as the answers a person
///   would give, and for a scenario whose answers now lead to another outcome (naming both);
/// - a warning for a rule no path is about (it holds vacuously, so it checks nothing), and, once
///   a flowchart has scenarios, for each path that no scenario walks.
public struct ProofChecker: Sendable {
    /// The package root, used to quote the offending source line; nil to omit it.
    public var sourceRoot: URL?

    public init(sourceRoot: URL? = nil) {
        self.sourceRoot = sourceRoot
    }

    public func check(_ flowchart: Flowchart) -> [Diagnostic] {
        let paths = FlowchartPaths(flowchart).paths
        var problems: [Diagnostic] = []
        for rule in flowchart.proofs.rules {
            problems += check(rule, in: flowchart, paths: paths)
        }
        for (number, scenario) in flowchart.proofs.scenarios.enumerated() {
            problems += check(scenario, number: number + 1, in: flowchart)
        }
        if !flowchart.proofs.scenarios.isEmpty {
            for (number, path) in paths.enumerated() where !flowchart.proofs.scenarios.contains(where: { $0.walks(path) }) {
                problems.append(.warning(
                    "no scenario walks path \(number + 1) of “\(flowchart.title)”: \(path.words)",
                    at: flowchart.location,
                    hint: "add Scenario(\"…\", answers: \(path.swiftAnswers), expect: .\(path.outcome.id)) to its proofs"))
            }
        }
        var sources = SwiftSourceQuotes(root: sourceRoot)
        return problems.map { problem in
            var diagnostic = problem
            diagnostic.sourceLine = sources.line(at: diagnostic.location)
            return diagnostic
        }
    }

    private func check(_ rule: FlowchartRule, in flowchart: Flowchart, paths: [FlowchartPaths.Path]) -> [Diagnostic] {
        let unknown = rule.condition.leaves.compactMap { unknownName(in: $0, of: flowchart) }
        guard unknown.isEmpty else { return unknown }
        let broken = paths.filter { !rule.condition.holds(on: $0) }
        if !broken.isEmpty {
            let count = broken.count == 1 ? "1 path" : "\(broken.count) paths"
            return [.error(
                "the rule “\(rule.sentence)” is broken on \(count) of “\(flowchart.title)”:"
                    + broken.map { "\n    counterexample: " + $0.words }.joined(),
                at: rule.location,
                hint: "point an answer on the path elsewhere so that it reaches an outcome the rule allows, or correct the rule")]
        }
        if let premise = rule.condition.premise, !paths.contains(where: premise.holds) {
            return [.warning(
                "the rule “\(rule.sentence)” holds only because no path \(premise.words(in: flowchart)), so it checks nothing",
                at: rule.location,
                hint: "check that the rule names the right question, answer and outcome")]
        }
        return []
    }

    private func check(_ scenario: FlowchartScenario, number: Int, in flowchart: Flowchart) -> [Diagnostic] {
        let name = "scenario \(number) of “\(flowchart.title)”"
        guard case .outcome(let expected)? = flowchart.node(scenario.expect) else {
            return [.error(
                "\(name) expects '\(scenario.expect)', which is not an outcome of “\(flowchart.title)”",
                at: scenario.location, hint: "expect one of \(outcomeList(flowchart))")]
        }
        let walk = ScenarioWalk(scenario, in: flowchart)
        if let problem = walk.problem {
            return [.error("in \(name): \(problem)", at: scenario.location, hint: walk.hint)]
        }
        guard let path = walk.path, path.outcome.id != expected.id else { return [] }
        return [.error(
            "\(name) expects “\(expected.title)”, but the flowchart now answers “\(path.outcome.title)”:\n    its answers: \(path.words)",
            at: scenario.location,
            hint: "if the flowchart is right, expect .\(path.outcome.id) and check the situation still reads true; otherwise correct the flowchart")]
    }

    /// An error when a leaf of a rule names a node or label the flowchart does not have.
    private func unknownName(in leaf: PathCondition, of flowchart: Flowchart) -> Diagnostic? {
        switch leaf {
        case .reaches(let id, let location) where flowchart.node(id) == nil:
            return .error(
                "'\(id)' is not a question or outcome of “\(flowchart.title)”", at: location,
                hint: "name one of \(flowchart.nodes.map { "." + $0.id }.joined(separator: ", "))")
        case .answered(let id, let label, let location):
            guard case .question(let question)? = flowchart.node(id) else {
                return .error(
                    "'\(id)' is not a question of “\(flowchart.title)”", at: location,
                    hint: "name one of \(flowchart.questions.map { "." + $0.id }.joined(separator: ", "))")
            }
            guard !question.answers.contains(where: { $0.label == label }) else { return nil }
            return .error(
                "“\(label)” is not an answer to '\(id)' (“\(question.text)”); its answers are \(labelList(question))",
                at: location, hint: "use one of the labels written in Question(.\(id), …)")
        default:
            return nil
        }
    }

    private func outcomeList(_ flowchart: Flowchart) -> String {
        flowchart.outcomes.map { ".\($0.id) (“\($0.title)”)" }.joined(separator: ", ")
    }
}
