/// What `briefing paths --json` prints for one flowchart, and what `briefing paths --compare`
/// reads back: the flowchart's questions with their answers, its outcomes, and every path. The
/// `format` number changes whenever this shape does, so that a file written by another version
/// of the tool is refused with a clear message instead of being misread.
public struct PathsDocument: Codable, Sendable, Hashable {
    /// The shape's version; bump it when a field is renamed, removed or changes meaning.
    public static let currentFormat = 1

    public struct Answer: Codable, Sendable, Hashable {
        public var label: String
        public var next: String
    }

    public struct Question: Codable, Sendable, Hashable {
        public var id: String
        public var text: String
        public var answers: [Answer]
    }

    public struct Outcome: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var kind: String
        public var rules: [Int]
    }

    public struct Step: Codable, Sendable, Hashable {
        public var question: String
        public var text: String
        public var answer: String
    }

    public struct Path: Codable, Sendable, Hashable {
        public var steps: [Step]
        public var outcome: Outcome
    }

    public var format: Int
    /// The slug of the briefing the flowchart belongs to; nil for a flowchart on its own.
    public var briefing: String?
    public var id: String
    public var title: String
    public var version: String
    public var start: String
    /// The decision aid's start page and the sign-off page, from the site's root.
    public var startPage: String?
    public var signOffPage: String?
    public var questions: [Question]
    public var outcomes: [Outcome]
    public var paths: [Path]

    public init(_ paths: FlowchartPaths, briefing: String? = nil) {
        let flowchart = paths.flowchart
        format = Self.currentFormat
        self.briefing = briefing
        id = flowchart.id
        title = flowchart.title
        version = flowchart.version
        start = flowchart.start
        startPage = briefing.map { SitePaths.wizardStart($0, flowchart: flowchart.id) }
        signOffPage = briefing.map { SitePaths.signOff($0, flowchart: flowchart.id) }
        questions = flowchart.questions.map { question in
            Question(id: question.id, text: question.text, answers: question.answers.map { Answer(label: $0.label, next: $0.next) })
        }
        outcomes = flowchart.outcomes.map(Outcome.init)
        self.paths = paths.paths.map { path in
            Path(
                steps: path.steps.map { Step(question: $0.question.id, text: $0.question.text, answer: $0.answer.label) },
                outcome: Outcome(path.outcome))
        }
    }

    /// "information-sharing/when-to-share": which flowchart of which briefing this is.
    public var name: String { (briefing.map { $0 + "/" } ?? "") + id }
}

extension PathsDocument.Outcome {
    init(_ outcome: FlowchartOutcome) {
        self.init(id: outcome.id, title: outcome.title, kind: outcome.kind.rawValue, rules: outcome.rules)
    }
}
