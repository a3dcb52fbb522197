import Foundation

/// One build at a time into one output: an exclusive `flock` on `.NAME.briefing.lock` beside the
/// output, held from before the output is checked until the new site is in place. A second build
/// fails at once saying another build is writing, rather than mistaking the first build's files
/// for someone else's. The lock file is left in place (removing it would let a third build lock
/// a different file); the kernel releases the lock when the process ends, however it ends.
final class OutputLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock, or throws when another build holds it. When the lock file cannot be made
    /// (the output's folder is missing or read-only) there is nothing to lock: `OutputGuard`
    /// reports that, and nil is returned.
    static func take(for outputGuard: OutputGuard) throws -> OutputLock? {
        let output = outputGuard.output
        let path = output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".briefing.lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw BuildFailure(.error(
                "another build is writing \(outputGuard.displayName) now", at: SourceLocation(file: outputGuard.displayName),
                hint: "wait for it to finish and build again, or choose another --output"), cause: .output)
        }
        return OutputLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
