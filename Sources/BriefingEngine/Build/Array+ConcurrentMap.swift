import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` run on every core in a task group: the same results in the same order,
    /// so a build stays byte-for-byte the same as a sequential one. The elements go to child tasks
    /// in runs of consecutive elements (about 32 runs per core, so that 20,000 pages are not
    /// 20,000 tasks), a few runs per core at a time, in element order; all have finished when it
    /// returns. `transform` must not depend on the order the elements are taken in.
    func concurrentMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) async -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count > 1, cores > 1 else { return map(transform) }
        let runLength = Swift.max(1, count / (32 * cores))
        let runs = stride(from: 0, to: count, by: runLength).map { $0..<Swift.min($0 + runLength, count) }
        return await withTaskGroup(of: (run: Int, results: [Result]).self) { group in
            var finished = [[Result]](repeating: [], count: runs.count)
            var next = 0
            func startNext() {
                guard next < runs.count else { return }
                let run = next
                let elements = self[runs[run]]
                group.addTask { (run, elements.map(transform)) }
                next += 1
            }
            for _ in 0..<Swift.min(runs.count, 4 * cores) { startNext() }
            while let done = await group.next() {
                finished[done.run] = done.results
                startNext()
            }
            return finished.flatMap { $0 }
        }
    }
}
