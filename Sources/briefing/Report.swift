import ArgumentParser
import BriefingEngine

/// Prints a failed build's diagnostics and chooses the documented exit code.
enum Report {
    static func exit(for failure: BuildFailure) -> ExitCode {
        printError(failure.description)
        let count = failure.errors.count
        printError("\(count) error\(count == 1 ? "" : "s"); nothing was written, the previous site is unchanged")
        return ExitCode(failure.cause == .output ? 2 : 1)
    }
}
