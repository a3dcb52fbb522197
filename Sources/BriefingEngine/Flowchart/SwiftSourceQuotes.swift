import Foundation

/// Reads the Swift description files once each, to quote the offending line under a diagnostic
/// about a flowchart, a rule or a scenario.
struct SwiftSourceQuotes {
    let root: URL?
    var files: [String: [String]] = [:]

    mutating func line(at location: SourceLocation) -> String? {
        guard let root, let number = location.line, number > 0 else { return nil }
        if files[location.file] == nil {
            let text = (try? String(contentsOf: root.appendingPathComponent(location.file), encoding: .utf8)) ?? ""
            files[location.file] = SourceLines.of(text)
        }
        guard let lines = files[location.file], number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
