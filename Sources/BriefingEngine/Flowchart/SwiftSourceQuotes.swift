import Foundation

/// Reads the Swift description files once each, to quote the offending line under a diagnostic
/// about a description, a flowchart, a rule, a scenario or a reference, and to put the caret
/// under the argument at fault (`address:` rather than `Reference(`).
struct SwiftSourceQuotes {
    let root: URL?
    var files: [String: [String]] = [:]

    mutating func line(at location: SourceLocation) -> String? {
        guard let number = location.line, number > 0, let lines = lines(of: location.file), number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// `diagnostic` with its Swift source line quoted, when it has none yet: under its argument
    /// (`Diagnostic.argument`) when the call names it, else under the call's name.
    mutating func quote(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.sourceLine == nil, diagnostic.location.file.hasSuffix(".swift"),
            let number = diagnostic.location.line, let lines = lines(of: diagnostic.location.file),
            number >= 1, number <= lines.count
        else { return diagnostic }
        var quoted = diagnostic
        if let label = diagnostic.argument, let (line, column) = Self.argument(label, ofCallAt: number, column: diagnostic.location.column ?? 1, in: lines) {
            quoted.location.line = line
            quoted.location.column = column
        } else if (diagnostic.location.column ?? 1) == 1, let column = Self.callName(in: lines[number - 1]) {
            quoted.location.column = column
        }
        quoted.sourceLine = lines[(quoted.location.line ?? number) - 1]
        return quoted
    }

    private mutating func lines(of file: String) -> [String]? {
        guard let root else { return nil }
        if files[file] == nil {
            let text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            files[file] = SourceLines.of(text)
        }
        return files[file].flatMap { $0.count > 1 || $0.first?.isEmpty == false ? $0 : nil }
    }

    /// The 1-based column of the name of the first call on `line` (`BriefingDescription` in
    /// `let x = BriefingDescription(`).
    static func callName(in line: String) -> Int? {
        let characters = Array(line)
        guard let open = characters.firstIndex(of: "(") else { return nil }
        var start = open
        while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber || characters[start - 1] == "_" || characters[start - 1] == "." {
            start -= 1
        }
        return start < open ? start + 1 : nil
    }

    /// Where the argument `label:` of the call at line `number`, `column` is (1-based line and
    /// column), skipping strings, comments and nested calls; nil when the call has no such argument.
    static func argument(_ label: String, ofCallAt number: Int, column start: Int, in lines: [String]) -> (line: Int, column: Int)? {
        var depth = 0
        var inString = false
        var multiline = false
        for index in (number - 1)..<lines.count {
            let characters = Array(lines[index])
            var column = index == number - 1 ? max(start - 1, 0) : 0
            while column < characters.count {
                let character = characters[column]
                if inString {
                    if character == "\\" {
                        column += 2
                        continue
                    }
                    if character == "\"" {
                        if !multiline {
                            inString = false
                        } else if characters[column...].starts(with: "\"\"\"") {
                            inString = false
                            column += 2
                        }
                    }
                    column += 1
                    continue
                }
                switch character {
                case "\"":
                    inString = true
                    multiline = characters[column...].starts(with: "\"\"\"")
                    if multiline { column += 2 }
                case "/" where characters[column...].starts(with: "//"):
                    column = characters.count
                    continue
                case "(", "[", "{":
                    depth += 1
                case ")", "]", "}":
                    depth -= 1
                    if depth == 0 { return nil }
                default:
                    if depth == 1, characters[column...].starts(with: label),
                        column == 0 || !(characters[column - 1].isLetter || characters[column - 1].isNumber || characters[column - 1] == "_"),
                        characters[(column + label.count)...].drop(while: { $0 == " " }).first == ":"
                    {
                        return (index + 1, column + 1)
                    }
                }
                column += 1
            }
        }
        return nil
    }
}
