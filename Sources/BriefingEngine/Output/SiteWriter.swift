import CDirectorySwap
import Foundation

/// Writes a built site so that the previous one survives anything short of success: every file goes
/// into a staging folder beside the output, which is then swapped in with one atomic exchange.
/// A build that fails, or a process killed midway, leaves the old `site/` exactly as it was.
public struct SiteWriter: Sendable {
    public var outputGuard: OutputGuard

    public init(outputGuard: OutputGuard) {
        self.outputGuard = outputGuard
    }

    private var output: URL { outputGuard.output }
    private var stagingPrefix: String { "." + output.lastPathComponent + ".briefing-" }

    /// Writes `files` (and the marker listing them) and swaps them in place of the output.
    public func write(_ files: [OutputFile]) throws {
        try outputGuard.check()
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        removeAbandonedStaging(in: parent)
        let staging = parent.appendingPathComponent(stagingPrefix + "staging-\(getpid())")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            // Every folder first, then the files on every core, each with one open, write and close.
            var createdFolders: Set<String> = []
            for file in files {
                let folder = file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } ?? ""
                if !folder.isEmpty && createdFolders.insert(folder).inserted {
                    try fileManager.createDirectory(
                        at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                }
            }
            let stagingPath = staging.path
            let written = files.concurrentMap { $0.data.writeDirectly(toPath: stagingPath + "/" + $0.path) }
            for (file, succeeded) in zip(files, written) where !succeeded {
                // Again through Foundation, which throws an error that says what went wrong.
                try file.data.write(to: staging.appendingPathComponent(file.path))
            }
            let marker = SiteMarker.text(listing: files.map(\.path))
            try Data(marker.utf8).write(to: staging.appendingPathComponent(SitePaths.marker))
            // `write(to:)` flushed each file to disk (fsync) before returning; one flush of the lot
            // keeps that promise (every page is on disk before the new site replaces the old) at
            // the cost of one system call instead of one per file.
            sync()
            try swapIn(staging)
        } catch let failure as BuildFailure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw BuildFailure(.error(
                "could not write the site: \(error.localizedDescription)",
                at: SourceLocation(file: outputGuard.displayName),
                hint: "check free disk space and permissions; the previous site is unchanged"), cause: .output)
        }
    }

    /// Puts `staging` where the output is; the old output, if any, is removed after.
    private func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if briefing_exchange_paths(staging.path, output.path) == 0 {
            try fileManager.removeItem(at: staging)
            return
        }
        // The file system cannot exchange: two renames, with a brief moment between them.
        let old = output.deletingLastPathComponent().appendingPathComponent(stagingPrefix + "old-\(getpid())")
        try fileManager.moveItem(at: output, to: old)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: old, to: output)
            throw error
        }
        try fileManager.removeItem(at: old)
    }

    /// Staging folders left by a killed build: only `briefing` makes folders with this prefix, and
    /// the process id at the end tells whether their build is still running.
    private func removeAbandonedStaging(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(stagingPrefix) {
            if let pid = name.split(separator: "-").last.flatMap({ Int32($0) }), pid != getpid(), kill(pid, 0) == 0 {
                continue
            }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
