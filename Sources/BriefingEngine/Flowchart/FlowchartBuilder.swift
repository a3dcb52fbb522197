/// Collects the `Question`s and `Outcome`s written inside `Flowchart(…) { … }`. Generic over the
/// node-id enum so that `.consent` in `Question(.consent, …)` is checked by the compiler.
@resultBuilder
public enum FlowchartBuilder<ID: FlowchartNodeID> {
    public static func buildExpression(_ question: Question<ID>) -> [FlowchartNode] {
        [.question(question.node)]
    }

    public static func buildExpression(_ outcome: Outcome<ID>) -> [FlowchartNode] {
        [.outcome(outcome.node)]
    }

    public static func buildBlock(_ parts: [FlowchartNode]...) -> [FlowchartNode] {
        parts.flatMap { $0 }
    }
}

/// Collects the `Answer`s written inside `Question(…) { … }`.
@resultBuilder
public enum AnswerBuilder<ID: FlowchartNodeID> {
    public static func buildExpression(_ answer: Answer<ID>) -> [FlowchartAnswer] {
        [answer.answer]
    }

    public static func buildBlock(_ parts: [FlowchartAnswer]...) -> [FlowchartAnswer] {
        parts.flatMap { $0 }
    }
}
