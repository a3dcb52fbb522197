extension Flowchart {
    /// A short stable fingerprint of what the flowchart says (not where it was written), for the
    /// decision record: 16 hex digits of the FNV-1a 64-bit hash of `canonicalText`. Moving a line
    /// leaves it unchanged; changing any word, target, rule or citation changes it.
    public var version: String {
        ContentHash.hex(canonicalText.utf8, digits: 16)
    }

    /// One line per element, in the order written, every string quoted, locations left out.
    public var canonicalText: String {
        var lines = ["flowchart \(quoted(id)) \(quoted(title)) start \(quoted(start))"]
        for node in nodes {
            switch node {
            case .question(let question):
                lines.append(
                    "question \(quoted(question.id)) \(quoted(question.text)) hint \(question.hint.map(quoted) ?? "-")"
                        + " cites \(question.cites.map(quoted).joined(separator: ","))")
                for answer in question.answers {
                    lines.append("answer \(quoted(answer.label)) next \(quoted(answer.next))")
                }
            case .outcome(let outcome):
                lines.append(
                    "outcome \(quoted(outcome.id)) \(quoted(outcome.title)) kind \(quoted(outcome.kind.rawValue))"
                        + " rules \(outcome.rules.map(String.init).joined(separator: ","))"
                        + " cites \(outcome.cites.map(quoted).joined(separator: ","))"
                        + " guidance \(quoted(outcome.guidance))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `text` in double quotes with backslash, quote and line breaks escaped, so that no two
/// different descriptions share a canonical text.
private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}
