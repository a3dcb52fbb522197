import CDirectorySwap
import Foundation

/// Where a build writes its files so that the previous site survives anything short of success:
/// a folder beside the output that takes each page as soon as it is rendered, and is then swapped
/// in with one atomic exchange. A build that fails, or a process killed midway, leaves the old
/// `site/` exactly as it was; the next build removes the folder a killed build left.
final class StagingFolder: Sendable {
    private let outputGuard: OutputGuard
    private let folder: URL
    private let folderPath: String
    private let flushesToDisk: Bool

    private var output: URL { outputGuard.output }

    /// Creates an empty staging folder beside the output, after removing any a killed build left.
    init(outputGuard: OutputGuard, flushesToDisk: Bool) throws {
        self.outputGuard = outputGuard
        self.flushesToDisk = flushesToDisk
        let parent = outputGuard.output.deletingLastPathComponent()
        let prefix = StagingFolder.prefix(for: outputGuard.output)
        StagingFolder.removeAbandoned(in: parent, prefix: prefix)
        folder = parent.appendingPathComponent(prefix + "staging-\(getpid())")
        folderPath = folder.path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw StagingFolder.failure(error, outputGuard: outputGuard)
        }
    }

    /// Writes one file with one open, write and close, creating its folders the first time they
    /// are needed. Safe to call from many threads at once, for different files.
    func write(_ file: OutputFile) throws {
        let path = folderPath + "/" + file.path
        if file.data.writeDirectly(toPath: path) { return }
        if makeFolders(for: file.path), file.data.writeDirectly(toPath: path) { return }
        do {
            // Again through Foundation, which throws an error that says what went wrong.
            try file.data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw StagingFolder.failure(error, outputGuard: outputGuard)
        }
    }

    /// Writes the marker listing `paths` (every file written), flushes everything to disk (unless
    /// told not to), and puts the staging folder where the output is.
    func swapIn(listing paths: [String]) throws {
        do {
            try Data(SiteMarker.text(listing: paths).utf8).write(to: folder.appendingPathComponent(SitePaths.marker))
            // Every page is on disk before the new site replaces the old: one flush of the output's
            // file system instead of an fsync per file, failing the build if the disk refused a write.
            if flushesToDisk, briefing_flush_file_system(folderPath) != 0 {
                throw StagingFolder.failure(String(cString: strerror(errno)), outputGuard: outputGuard)
            }
            try exchange()
        } catch let failure as BuildFailure {
            throw failure
        } catch {
            throw StagingFolder.failure(error, outputGuard: outputGuard)
        }
    }

    /// Removes the staging folder of a build that failed; the output is untouched.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Creates the folders `relativePath` lies in, one `mkdir` each; another thread may have made
    /// them first. False when one cannot be made.
    private func makeFolders(for relativePath: String) -> Bool {
        var folderPath = self.folderPath
        for component in relativePath.split(separator: "/").dropLast() {
            folderPath += "/" + component
            if mkdir(folderPath, 0o777) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// Puts the staging folder where the output is; the old output, if any, is removed after.
    private func exchange() throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: folder, to: output)
            return
        }
        if briefing_exchange_paths(folder.path, output.path) == 0 {
            try fileManager.removeItem(at: folder)
            return
        }
        // The file system cannot exchange: two renames, with a brief moment between them.
        let old = output.deletingLastPathComponent().appendingPathComponent(StagingFolder.prefix(for: output) + "old-\(getpid())")
        try fileManager.moveItem(at: output, to: old)
        do {
            try fileManager.moveItem(at: folder, to: output)
        } catch {
            try? fileManager.moveItem(at: old, to: output)
            throw error
        }
        try fileManager.removeItem(at: old)
    }

    /// Only `briefing` makes folders whose names start with this, beside its output.
    private static func prefix(for output: URL) -> String {
        "." + output.lastPathComponent + ".briefing-"
    }

    /// Staging folders left by a killed build: the process id at the end of the name tells whether
    /// their build is still running.
    private static func removeAbandoned(in parent: URL, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            if let pid = name.split(separator: "-").last.flatMap({ Int32($0) }), pid != getpid(), kill(pid, 0) == 0 {
                continue
            }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    private static func failure(_ error: Error, outputGuard: OutputGuard) -> BuildFailure {
        failure(error.localizedDescription, outputGuard: outputGuard)
    }

    private static func failure(_ reason: String, outputGuard: OutputGuard) -> BuildFailure {
        BuildFailure(.error(
            "could not write the site: \(reason)",
            at: SourceLocation(file: outputGuard.displayName),
            hint: "check free disk space and permissions; the previous site is unchanged"), cause: .output)
    }
}
