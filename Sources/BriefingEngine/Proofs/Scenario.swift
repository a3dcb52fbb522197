/// A worked situation that trains practitioners and tests the flowchart: the situation in a
/// practitioner's words, the answer given to each question, and the outcome the aid must reach.
/// The build fails when the flowchart reaches another outcome; the practice page shows it.
///
///     Scenario("There is a clear and legitimate purpose for sharing information, and you have consent to share.",
///              answers: [.purpose: "Yes", .consent: "Yes"], expect: .share,
///              why: "Do you have consent to share? Yes – you can share but should consider how.")
public struct Scenario<ID: FlowchartNodeID>: Sendable {
    /// The erased form the engine works with.
    public let scenario: FlowchartScenario

    /// - Parameters:
    ///   - answers: each question asked on the way and the label of the answer given (written in
    ///     the order asked, for the reader; matched by question).
    ///   - expect: the outcome the answers must lead to.
    ///   - why: optional Markdown shown when the practitioner reveals the answer.
    public init(
        _ situation: String, answers: KeyValuePairs<ID, String>, expect: ID, why: String? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        scenario = FlowchartScenario(
            situation: situation, answers: answers.map { .init(question: $0.key.rawValue, label: $0.value) },
            expect: expect.rawValue, why: why,
            location: SourceLocation("Scenario", fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

/// A scenario as the engine sees it.
public struct FlowchartScenario: Sendable, Hashable {
    /// One answer of a scenario: a question id and the label of the answer given to it.
    public struct Given: Sendable, Hashable {
        public var question: String
        public var label: String

        public init(question: String, label: String) {
            self.question = question
            self.label = label
        }
    }

    public var situation: String
    public var answers: [Given]
    /// The id of the outcome the answers must reach.
    public var expect: String
    /// Markdown saying why the aid decides so, shown on the practice page.
    public var why: String?
    /// The `Scenario(…)` call, where a scenario the flowchart disagrees with is reported.
    public var location: SourceLocation

    public init(situation: String, answers: [Given], expect: String, why: String? = nil, location: SourceLocation) {
        self.situation = situation
        self.answers = answers
        self.expect = expect
        self.why = why
        self.location = location
    }

    /// Whether the scenario's answers are exactly those of `path`, in whatever order written.
    public func walks(_ path: FlowchartPaths.Path) -> Bool {
        path.steps.count == answers.count
            && Set(path.steps.map { Given(question: $0.question.id, label: $0.answer.label) }) == Set(answers)
    }
}
