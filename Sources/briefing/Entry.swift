import Dispatch

/// The process's entry point: runs `BriefingCommand` (whose builds are async, rendering in a task
/// group) and waits for it on the main thread. Swift's own async `main` would hand the main thread
/// to libdispatch for good (`dispatch_main`), which valgrind 3.19 — the profiler BENCHMARKS.md
/// measures with — cannot follow. The command runs detached, on the cooperative pool, and the
/// main thread (not one of the pool's) only waits, so it holds up no task.
@main
enum Entry {
    static func main() {
        let finished = DispatchSemaphore(value: 0)
        // Detached: `main` runs on the main actor, which is about to wait here.
        Task.detached {
            // Parses the arguments, runs the command, and exits with its code on failure.
            await BriefingCommand.main()
            finished.signal()
        }
        finished.wait()
    }
}
