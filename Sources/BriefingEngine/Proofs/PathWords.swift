extension FlowchartPaths.Path {
    /// The path as the answers a person would give, then where they lead: "Is there a clear and
    /// legitimate purpose for sharing information? No → Do not share".
    public var words: String {
        (steps.map { "\($0.question.text) \($0.answer.label)" } + [outcome.title]).joined(separator: " → ")
    }

    /// The scenario answers that walk this path, as Swift: `[.purpose: "Yes", .consent: "No"]`.
    var swiftAnswers: String {
        "[" + steps.map { ".\($0.question.id): \"\($0.answer.label)\"" }.joined(separator: ", ") + "]"
    }
}
