/// One problem found while loading, validating or rendering a site, printed in the
/// `path:line:col: error: message` form that editors and CI annotate, then the offending source
/// line with a caret under the spot, then a hint saying how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Errors stop the build; warnings are printed and the build goes on.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What to do about it, in words an author can act on.
    public var hint: String?
    /// The text of the offending line, shown under the message with a caret.
    public var sourceLine: String?
    /// For a problem in a Swift description found after the fact (reported at the call's
    /// `#line`): the argument label the caret belongs under (`address`), found by `SwiftSourceQuotes`.
    var argument: String?

    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String,
        hint: String? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public static func error(
        _ message: String, at location: SourceLocation, hint: String? = nil, sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, sourceLine: sourceLine)
    }

    public static func warning(
        _ message: String, at location: SourceLocation, hint: String? = nil, sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, sourceLine: sourceLine)
    }

    /// This diagnostic, to be placed under the argument `label` of the Swift call it is reported at.
    func pointing(at label: String) -> Diagnostic {
        var diagnostic = self
        diagnostic.argument = label
        return diagnostic
    }

    /// The full report: the annotated first line, the source line and caret, and the hint.
    public var description: String {
        var lines = ["\(location): \(severity.rawValue): \(message)"]
        if let sourceLine {
            lines.append("    " + sourceLine)
            let column = max((location.column ?? 1) - 1, 0)
            let indent = sourceLine.prefix(column).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append("    " + indent + "^")
        }
        if let hint { lines.append("hint: " + hint) }
        return lines.joined(separator: "\n")
    }
}
