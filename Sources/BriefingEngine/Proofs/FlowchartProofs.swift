/// The rules a flowchart must obey and the scenarios it must decide as written, kept next to the
/// flowchart in content and attached with `flowchart.proved(by: proofs)`:
///
///     let whenToShareProofs = FlowchartProofs(of: WhenToShare.self) {
///         Rule("…") { path in !path.reaches(.share) || path.answered(.purpose, "Yes") }
///         Scenario("…", answers: [.purpose: "No"], expect: .doNotShare)
///     }
public struct FlowchartProofs: Sendable, Hashable {
    public var rules: [FlowchartRule]
    public var scenarios: [FlowchartScenario]

    public init(rules: [FlowchartRule] = [], scenarios: [FlowchartScenario] = []) {
        self.rules = rules
        self.scenarios = scenarios
    }

    /// Rules and scenarios over the node ids `ID`, in the order written.
    public init<ID: FlowchartNodeID>(of ids: ID.Type, @ProofsBuilder<ID> _ parts: () -> [FlowchartProofs]) {
        let parts = parts()
        self.init(rules: parts.flatMap(\.rules), scenarios: parts.flatMap(\.scenarios))
    }
}

/// Collects the `Rule`s and `Scenario`s written inside `FlowchartProofs(of: …) { … }`.
@resultBuilder
public enum ProofsBuilder<ID: FlowchartNodeID> {
    public static func buildExpression(_ rule: Rule<ID>) -> [FlowchartProofs] {
        [FlowchartProofs(rules: [rule.rule])]
    }

    public static func buildExpression(_ scenario: Scenario<ID>) -> [FlowchartProofs] {
        [FlowchartProofs(scenarios: [scenario.scenario])]
    }

    public static func buildBlock(_ parts: [FlowchartProofs]...) -> [FlowchartProofs] {
        parts.flatMap { $0 }
    }

    /// A `for` loop: one scenario per combination of answers, for example.
    public static func buildArray(_ parts: [[FlowchartProofs]]) -> [FlowchartProofs] {
        parts.flatMap { $0 }
    }
}

extension Flowchart {
    /// This flowchart with `proofs`' rules and scenarios added, checked by every build.
    public func proved(by proofs: FlowchartProofs) -> Flowchart {
        var flowchart = self
        flowchart.proofs.rules += proofs.rules
        flowchart.proofs.scenarios += proofs.scenarios
        return flowchart
    }
}
