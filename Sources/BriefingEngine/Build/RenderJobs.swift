import Foundation

/// Every file of a site as a job that makes it: run on every core, each file handed on (written to
/// the staging folder, or kept) as soon as it is made, so that a build of thousands of briefings
/// never holds all its pages at once. What the link check needs of each page is kept instead.
///
/// A page kind is one `add` line in `SiteBuilder.render`: the jobs run in the order they were
/// added (the longest first is fastest), and the files come out in that order.
struct RenderJobs: Sendable {
    /// One job: the files it makes. A `BuildFailure` it throws is reported with every other job's.
    typealias Job = @Sendable () throws -> [OutputFile]

    private(set) var jobs: [Job] = []

    /// A job making the files `make` returns.
    mutating func add(_ make: @escaping Job) {
        jobs.append(make)
    }

    /// A job making the one file `make` returns.
    mutating func add(_ make: @escaping @Sendable () throws -> OutputFile) {
        jobs.append { [try make()] }
    }

    /// One job per element of `elements`, making the files `make` returns for it.
    /// Each job holds the array and an index, not its own copy of the element: a briefing is a
    /// large value, and thousands of copies of it were a seventh of the build's memory.
    mutating func add<Element: Sendable>(each elements: [Element], _ make: @escaping @Sendable (Element) throws -> [OutputFile]) {
        jobs += elements.indices.map { index in { try make(elements[index]) } }
    }

    /// One job per element of `elements`, making the one file `make` returns for it.
    mutating func add<Element: Sendable>(each elements: [Element], _ make: @escaping @Sendable (Element) throws -> OutputFile) {
        jobs += elements.indices.map { index in { [try make(elements[index])] } }
    }

    /// Runs every job and hands each file to `deliver` (on any thread, never twice for one path).
    /// Throws the first error `deliver` threw, else every problem the jobs reported, before the
    /// caller may use what was delivered.
    func run<Kept: Sendable>(delivering deliver: @escaping @Sendable (OutputFile) throws -> Kept) async throws -> RenderedSite<Kept> {
        let outcomes = await jobs.concurrentMap { job -> JobOutcome<Kept> in
            let files: [OutputFile]
            do {
                files = try job()
            } catch let failure as BuildFailure {
                return JobOutcome(diagnostics: failure.diagnostics)
            } catch {
                return JobOutcome(failure: error)
            }
            do {
                return JobOutcome(
                    kept: try files.map(deliver), paths: files.map(\.path), links: files.compactMap(PageLinks.init(scanning:)))
            } catch {
                return JobOutcome(failure: error)
            }
        }
        if let failure = outcomes.lazy.compactMap(\.failure).first { throw failure }
        try outcomes.flatMap(\.diagnostics).throwIfErrors()
        return RenderedSite(
            kept: outcomes.flatMap(\.kept), paths: outcomes.flatMap(\.paths), links: outcomes.flatMap(\.links))
    }
}

/// Every file a render made: what the deliverer kept of each, its paths and the links of its
/// pages, all in job order, for the link check and the write.
struct RenderedSite<Kept: Sendable>: Sendable {
    var kept: [Kept]
    var paths: [String]
    var links: [PageLinks]
}

/// What one job left behind once its files were handed on.
private struct JobOutcome<Kept: Sendable>: Sendable {
    var kept: [Kept] = []
    var paths: [String] = []
    var links: [PageLinks] = []
    var diagnostics: [Diagnostic] = []
    var failure: (any Error)?
}
