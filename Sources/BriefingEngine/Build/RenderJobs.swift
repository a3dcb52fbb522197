import Foundation

/// Every file of a site as a job that makes it: run on every core, each file handed on (written to
/// the staging folder, or kept) as soon as it is made, so that a build of thousands of briefings
/// never holds all its pages at once. What the link check needs of each page is kept instead, and
/// every link is checked once all pages are made.
struct RenderJobs: Sendable {
    /// One job: the files it makes, and any problems found making them.
    typealias Job = @Sendable () -> (files: [OutputFile], diagnostics: [Diagnostic])

    var jobs: [Job]
    /// The output as diagnostics name it, for the link check's messages.
    var outputName: String

    /// Runs every job and hands each file to `deliver` (on any thread, never twice for one path),
    /// returning what `deliver` kept of each, in job order. Throws the first error `deliver`
    /// threw, else every problem of the pages, else every broken link, before the caller may use
    /// what was delivered.
    func run<Kept: Sendable>(delivering deliver: @escaping @Sendable (OutputFile) throws -> Kept) async throws -> [Kept] {
        let outcomes = await jobs.concurrentMap { job in
            let (files, diagnostics) = job()
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                return JobOutcome<Kept>(diagnostics: diagnostics)
            }
            do {
                return JobOutcome(
                    kept: try files.map(deliver), paths: files.map(\.path),
                    links: files.compactMap(PageLinks.init(scanning:)), diagnostics: diagnostics)
            } catch {
                return JobOutcome(failure: error)
            }
        }
        if let failure = outcomes.lazy.compactMap(\.failure).first { throw failure }
        try outcomes.flatMap(\.diagnostics).throwIfErrors()
        let paths = Set(outcomes.flatMap(\.paths))
        try await LinkChecker.check(outcomes.flatMap(\.links), paths: paths, outputName: outputName).throwIfErrors()
        return outcomes.flatMap(\.kept)
    }
}

/// What one job left behind once its files were handed on.
private struct JobOutcome<Kept: Sendable>: Sendable {
    var kept: [Kept] = []
    var paths: [String] = []
    var links: [PageLinks] = []
    var diagnostics: [Diagnostic] = []
    var failure: (any Error)?
}
