import ArgumentParser
import BriefingEngine

/// Prints a failed build's diagnostics and chooses the documented exit code.
enum Report {
    /// - Parameter writes: whether the command would have written the site (`check` never does).
    static func exit(for failure: BuildFailure, writes: Bool = true) -> ExitCode {
        printError(failure.description)
        let count = failure.errors.count
        printError("\(count) error\(count == 1 ? "" : "s")" + (writes ? "; nothing was written, the previous site is unchanged" : ""))
        return ExitCode(failure.cause == .output ? 2 : 1)
    }
}
