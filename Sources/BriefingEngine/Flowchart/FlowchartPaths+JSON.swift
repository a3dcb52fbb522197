import Foundation

extension FlowchartPaths {
    /// The paths as pretty-printed JSON with sorted keys (so the bytes are stable), in the shape of
    /// `PathsDocument`, for browser tests that answer each question in turn and check the outcome:
    ///
    ///     {"format": 1, "id": "when-to-share", "title": …, "version": …, "start": "purpose",
    ///      "questions": [{"id": "purpose", "text": …, "answers": [{"label": "Yes", "next": "consent"}, …]}, …],
    ///      "outcomes": [{"id": "share", "title": …, "kind": "share", "rules": [6, 7]}, …],
    ///      "paths": [{"steps": [{"question": "purpose", "text": …, "answer": "Yes"}, …],
    ///                 "outcome": {"id": "share", "title": …, "kind": "share", "rules": [6, 7]}}]}
    public var json: String {
        stableJSON(PathsDocument(self))
    }
}

extension PathsDocument {
    /// Documents as a pretty-printed JSON list with sorted keys: what `briefing paths --json` prints.
    public static func json(_ documents: [PathsDocument]) -> String {
        stableJSON(documents)
    }
}

/// `value` as pretty-printed JSON with sorted keys and a final line break.
private func stableJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding strings, ints and arrays of them cannot fail.
    let data = (try? encoder.encode(value)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
}
