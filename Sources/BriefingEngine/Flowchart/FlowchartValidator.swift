import Foundation

/// Checks what the compiler cannot: that a flowchart is a well-formed decision tree a
/// practitioner can always finish. It reports every problem (not only the first), each at the
/// Swift file and line of the offending `Question`, `Answer` or `Outcome`, with a hint.
///
/// Rules: the title and every question, answer and outcome have text; ids are unique; the start
/// is a defined question; every question has at least two answers with distinct labels; every
/// answer leads to a defined node; every node is reachable from the start; there are no loops.
/// Together these mean every path ends in an outcome. A flowchart that passes them all must also
/// keep its decision aid within `DecisionAidPageLimit.pages`.
public struct FlowchartValidator: Sendable {
    /// The package root, used to quote the offending source line under each error; nil to omit it.
    public var sourceRoot: URL?

    public init(sourceRoot: URL? = nil) {
        self.sourceRoot = sourceRoot
    }

    /// Every problem found, in the order of the source lines; empty when the flowchart is valid.
    public func validate(_ flowchart: Flowchart) -> [Diagnostic] {
        var check = Check(flowchart: flowchart)
        check.titleAndStart()
        check.nodes()
        check.reachability()
        check.loops()
        if check.problems.isEmpty { check.pageCount() }
        var sources = SwiftSourceQuotes(root: sourceRoot)
        return check.problems
            .enumerated()
            .sorted { ($0.element.location.line ?? 0, $0.offset) < ($1.element.location.line ?? 0, $1.offset) }
            .map { problem in
                var diagnostic = problem.element
                diagnostic.sourceLine = sources.line(at: diagnostic.location)
                return diagnostic
            }
    }
}

/// One run of the checks over one flowchart.
private struct Check {
    let flowchart: Flowchart
    /// The first definition of each id.
    let definitions: [String: FlowchartNode]
    var problems: [Diagnostic] = []

    init(flowchart: Flowchart) {
        self.flowchart = flowchart
        var definitions: [String: FlowchartNode] = [:]
        for node in flowchart.nodes where definitions[node.id] == nil {
            definitions[node.id] = node
        }
        self.definitions = definitions
    }

    var name: String { "\"\(flowchart.title)\"" }

    mutating func report(_ message: String, at location: SourceLocation, hint: String) {
        problems.append(.error(message, at: location, hint: hint))
    }

    mutating func titleAndStart() {
        if isBlank(flowchart.title) {
            report(
                "flowchart '\(flowchart.id)' has no title", at: flowchart.location,
                hint: "give it the heading it appears under, for example Flowchart(\"When to share\", id: …)")
        }
        switch definitions[flowchart.start] {
        case nil:
            report(
                "the flowchart starts at '\(flowchart.start)', which is not defined in \(name)",
                at: flowchart.location,
                hint: "define Question(.\(flowchart.start), …) or start at an existing question")
        case .outcome?:
            report(
                "the flowchart starts at outcome '\(flowchart.start)', so no question is ever asked",
                at: flowchart.location, hint: "start at the first question")
        case .question?:
            break
        }
    }

    mutating func nodes() {
        for node in flowchart.nodes {
            if let first = definitions[node.id], first != node {
                report(
                    "'\(node.id)' is defined twice in \(name) (first at line \(first.location.line ?? 0))",
                    at: node.location,
                    hint: "give each question and outcome its own case of the id enum, or remove one of them")
            }
            switch node {
            case .question(let question): self.question(question)
            case .outcome(let outcome):
                if isBlank(outcome.title) {
                    report(
                        "outcome '\(outcome.id)' has no title", at: outcome.location,
                        hint: "say what to do in a few words, for example \"Do not share\"")
                }
            }
        }
    }

    mutating func question(_ question: FlowchartQuestion) {
        if isBlank(question.text) {
            report(
                "question '\(question.id)' has no text", at: question.location,
                hint: "write the question as the practitioner should read it")
        }
        switch question.answers.count {
        case 0:
            report(
                "question '\(question.id)' has no answers, so the flow stops there without an outcome",
                at: question.location, hint: "add at least two Answer(\"…\", next: …) lines in its block")
        case 1:
            report(
                "question '\(question.id)' has only one answer (\"\(question.answers[0].label)\"); a question needs at least two",
                at: question.location,
                hint: "add the other answers, or remove the question and lead straight to .\(question.answers[0].next)")
        default:
            break
        }
        var labels: [String: FlowchartAnswer] = [:]
        for answer in question.answers {
            let key = answer.label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if key.isEmpty {
                report(
                    "an answer to question '\(question.id)' has no label", at: answer.location,
                    hint: "write what the practitioner chooses, for example Answer(\"Yes\", next: …)")
            } else if let first = labels[key] {
                report(
                    "answer \"\(answer.label)\" appears twice in question '\(question.id)' (first at line \(first.location.line ?? 0))",
                    at: answer.location,
                    hint: "give each answer a different label so the practitioner can tell them apart")
            } else {
                labels[key] = answer
            }
            if definitions[answer.next] == nil {
                report(
                    "answer \"\(answer.label)\" leads to '\(answer.next)', which is not defined in \(name)",
                    at: answer.location,
                    hint: "define Question(.\(answer.next), …) or Outcome(.\(answer.next), …), or point the answer at an existing question or outcome")
            }
        }
    }

    mutating func reachability() {
        guard definitions[flowchart.start] != nil else { return }
        var reached: Set<String> = [flowchart.start]
        var queue = [flowchart.start]
        while let id = queue.popLast() {
            for answer in definitions[id]?.answers ?? [] where definitions[answer.next] != nil {
                if reached.insert(answer.next).inserted { queue.append(answer.next) }
            }
        }
        for node in flowchart.nodes where !reached.contains(node.id) {
            let kind = if case .question = node { "question" } else { "outcome" }
            report(
                "\(kind) '\(node.id)' cannot be reached from the start '\(flowchart.start)'",
                at: node.location, hint: "point an answer at .\(node.id), or remove it")
        }
    }

    /// The decision aid makes one page per sequence of answers, which multiply where paths rejoin.
    mutating func pageCount() {
        let pages = DecisionAidPageLimit.pages(of: flowchart)
        guard pages > DecisionAidPageLimit.pages else { return }
        let count = pages == Int.max ? "more than \(Int.max)" : "\(pages)"
        report(
            "flowchart \(name) would make \(count) decision-aid pages, more than the limit of \(DecisionAidPageLimit.pages): one page for each sequence of answers, and they multiply where answers lead to the same question",
            at: flowchart.location,
            hint: "ask fewer questions whose answers lead on to the same question, or split the flowchart into two, each under its own heading")
    }

    /// Depth-first search from every node in written order; an answer leading to a node still on
    /// the current path closes a loop and is reported once.
    mutating func loops() {
        var finished: Set<String> = []
        var path: [String] = []
        for node in flowchart.nodes where !finished.contains(node.id) {
            visit(node.id, path: &path, finished: &finished)
        }
    }

    private mutating func visit(_ id: String, path: inout [String], finished: inout Set<String>) {
        path.append(id)
        for answer in definitions[id]?.answers ?? [] where definitions[answer.next] != nil {
            if let start = path.firstIndex(of: answer.next) {
                let loop = (path[start...] + [answer.next]).joined(separator: " → ")
                report(
                    "answer \"\(answer.label)\" leads back to '\(answer.next)', making a loop: \(loop)",
                    at: answer.location,
                    hint: "a flowchart must always move on towards an outcome; point this answer at a later question or an outcome")
            } else if !finished.contains(answer.next) {
                visit(answer.next, path: &path, finished: &finished)
            }
        }
        path.removeLast()
        finished.insert(id)
    }
}

private func isBlank(_ text: String) -> Bool {
    text.allSatisfy(\.isWhitespace)
}
