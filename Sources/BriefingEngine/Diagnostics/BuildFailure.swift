/// Thrown when a phase of the build found one or more errors. It carries every diagnostic of that
/// phase (warnings included), so that the author sees all problems at once, not only the first.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Whether the authored input is wrong, or the output folder could not be replaced.
    public enum Cause: Sendable {
        case input, output
    }

    public var diagnostics: [Diagnostic]
    public var cause: Cause

    public init(_ diagnostics: [Diagnostic], cause: Cause = .input) {
        self.diagnostics = diagnostics
        self.cause = cause
    }

    public init(_ diagnostic: Diagnostic, cause: Cause = .input) {
        self.init([diagnostic], cause: cause)
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Throws a `BuildFailure` holding all of these when any of them is an error.
    public func throwIfErrors() throws {
        if contains(where: { $0.severity == .error }) { throw BuildFailure(self) }
    }
}
