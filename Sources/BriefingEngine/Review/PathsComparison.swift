/// What a change to the flowcharts does, for the reviewer who approves it from one screen: for
/// each flowchart, every situation (a path, matched by its questions and answers) whose outcome
/// changed, every path that appeared or disappeared, and every changed wording of a question,
/// answer or outcome. An answer whose label changed at the same place under the same question is
/// the same answer reworded, so its paths are still matched.
public struct PathsComparison: Sendable {
    /// The changes to one flowchart, in words.
    public struct FlowchartChanges: Sendable {
        public var name: String
        public var title: String
        public var before: String?
        public var after: String?
        /// Each situation decided differently: the answers, then what it was and what it is now.
        public var decidedDifferently: [(situation: String, was: String, now: String)] = []
        public var appeared: [String] = []
        public var disappeared: [String] = []
        public var wording: [String] = []

        /// Whether anything at all differs (the file's version alone is not trusted for this).
        public var changesAnything: Bool { changesOutcomes || !wording.isEmpty }

        /// Whether any situation gets another outcome (or none, or a first one).
        public var changesOutcomes: Bool {
            !decidedDifferently.isEmpty || !appeared.isEmpty || !disappeared.isEmpty || before == nil || after == nil
        }
    }

    public var flowcharts: [FlowchartChanges]

    public var changesOutcomes: Bool { flowcharts.contains(where: \.changesOutcomes) }

    /// Compares what `briefing paths --json` said before (`before`) with the flowcharts now
    /// (`after`). Throws when no flowchart of one is in the other: the file is from elsewhere.
    public init(before: [PathsDocument], after: [PathsDocument], displayName name: String) throws {
        let afterNames = Set(after.map(\.name))
        guard before.isEmpty || before.contains(where: { afterNames.contains($0.name) }) else {
            throw PathsFile.Problem(
                message: "\(name) is about another flowchart: it holds \(before.map { "'\($0.name)'" }.joined(separator: ", ")), and this site has \(after.map { "'\($0.name)'" }.joined(separator: ", "))",
                hint: "compare against a file made from this site with 'briefing paths --json'")
        }
        var changes: [FlowchartChanges] = []
        for document in after {
            if let old = before.first(where: { $0.name == document.name }) {
                changes.append(Self.compare(old, document))
            } else {
                changes.append(FlowchartChanges(
                    name: document.name, title: document.title, before: nil, after: document.version,
                    appeared: document.paths.map(Self.words)))
            }
        }
        for old in before where !afterNames.contains(old.name) {
            changes.append(FlowchartChanges(
                name: old.name, title: old.title, before: old.version, after: nil, disappeared: old.paths.map(Self.words)))
        }
        flowcharts = changes
    }

    private static func compare(_ old: PathsDocument, _ new: PathsDocument) -> FlowchartChanges {
        var changes = FlowchartChanges(name: new.name, title: new.title, before: old.version, after: new.version)
        if old.title != new.title { changes.wording.append("the title now reads “\(new.title)” (was “\(old.title)”)") }
        // Answers reworded in place: the old label under the same question, at the same position.
        var renamed: [String: [String: String]] = [:]
        for question in new.questions {
            guard let was = old.questions.first(where: { $0.id == question.id }) else {
                changes.wording.append("new question '\(question.id)': “\(question.text)”")
                continue
            }
            if was.text != question.text {
                changes.wording.append("question '\(question.id)' now reads “\(question.text)” (was “\(was.text)”)")
            }
            if was.answers.count == question.answers.count {
                for (before, after) in zip(was.answers, question.answers) where before.label != after.label {
                    renamed[question.id, default: [:]][before.label] = after.label
                    changes.wording.append("an answer to “\(question.text)” now reads “\(after.label)” (was “\(before.label)”)")
                }
            } else {
                let labels = Set(was.answers.map(\.label))
                let added = question.answers.map(\.label).filter { !labels.contains($0) }
                let removed = was.answers.map(\.label).filter { !Set(question.answers.map(\.label)).contains($0) }
                changes.wording += added.map { "new answer “\($0)” to “\(question.text)”" }
                changes.wording += removed.map { "answer “\($0)” to “\(question.text)” removed" }
            }
        }
        for was in old.questions where !new.questions.contains(where: { $0.id == was.id }) {
            changes.wording.append("question '\(was.id)' removed: “\(was.text)”")
        }
        for outcome in new.outcomes {
            guard let was = old.outcomes.first(where: { $0.id == outcome.id }) else {
                changes.wording.append("new outcome '\(outcome.id)': “\(outcome.title)”")
                continue
            }
            if was.title != outcome.title {
                changes.wording.append("outcome '\(outcome.id)' now reads “\(outcome.title)” (was “\(was.title)”)")
            }
            if was.kind != outcome.kind { changes.wording.append("outcome “\(outcome.title)” is now of kind '\(outcome.kind)' (was '\(was.kind)')") }
            if was.rules != outcome.rules {
                changes.wording.append("outcome “\(outcome.title)” now points to rules \(list(outcome.rules)) (was \(list(was.rules)))")
            }
        }
        for was in old.outcomes where !new.outcomes.contains(where: { $0.id == was.id }) {
            changes.wording.append("outcome '\(was.id)' removed: “\(was.title)”")
        }

        // Situations: a path is the questions asked and the answers given, in the new wording.
        func key(_ path: PathsDocument.Path, renaming: Bool) -> [String] {
            path.steps.map { step in
                "\(step.question)\u{1F}" + (renaming ? renamed[step.question]?[step.answer] ?? step.answer : step.answer)
            }
        }
        let newPaths = Dictionary(new.paths.map { (key($0, renaming: false), $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(old.paths.map { key($0, renaming: true) })
        for path in old.paths {
            guard let now = newPaths[key(path, renaming: true)] else {
                changes.disappeared.append(words(path))
                continue
            }
            if path.outcome.id != now.outcome.id || path.outcome.kind != now.outcome.kind {
                changes.decidedDifferently.append((situation: situation(now), was: path.outcome.title, now: now.outcome.title))
            }
        }
        changes.appeared = new.paths.filter { !oldKeys.contains(key($0, renaming: false)) }.map(words)
        return changes
    }

    /// A path's answers as a person gives them: "Is there …? Yes → Do you …? No".
    static func situation(_ path: PathsDocument.Path) -> String {
        path.steps.map { "\($0.text) \($0.answer)" }.joined(separator: " → ")
    }

    /// The answers, then the outcome they lead to.
    static func words(_ path: PathsDocument.Path) -> String {
        situation(path) + " → " + path.outcome.title
    }

    private static func list(_ rules: [Int]) -> String {
        rules.isEmpty ? "none" : rules.map(String.init).joined(separator: ", ")
    }
}
