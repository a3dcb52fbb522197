import Foundation

extension FlowchartPaths {
    /// The paths as pretty-printed JSON with sorted keys (so the bytes are stable), for browser
    /// tests that answer each question in turn and check the outcome shown:
    ///
    ///     {"id": "when-to-share", "title": …, "version": …, "start": "purpose",
    ///      "paths": [{"steps": [{"question": "purpose", "text": …, "answer": "Yes"}, …],
    ///                 "outcome": {"id": "share", "title": …, "kind": "share", "rules": [6, 7]}}]}
    public var json: String {
        let document = Document(
            id: flowchart.id, title: flowchart.title, version: flowchart.version, start: flowchart.start,
            paths: paths.map { path in
                Document.Path(
                    steps: path.steps.map { .init(question: $0.question.id, text: $0.question.text, answer: $0.answer.label) },
                    outcome: .init(
                        id: path.outcome.id, title: path.outcome.title, kind: path.outcome.kind.rawValue,
                        rules: path.outcome.rules))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, ints and arrays of them cannot fail.
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The shape of `FlowchartPaths.json`.
private struct Document: Encodable {
    struct Step: Encodable {
        var question: String
        var text: String
        var answer: String
    }

    struct Outcome: Encodable {
        var id: String
        var title: String
        var kind: String
        var rules: [Int]
    }

    struct Path: Encodable {
        var steps: [Step]
        var outcome: Outcome
    }

    var id: String
    var title: String
    var version: String
    var start: String
    var paths: [Path]
}
