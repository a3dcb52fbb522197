import Foundation

/// What a change to a `.swift` file of `content/` needs: the descriptions are compiled into
/// `briefing`, so the package's own `swift build --product briefing` runs (in the configuration
/// of the running binary), and on success the preview restarts on the new binary, at the same
/// address. On failure the compiler's errors are what the pages show.
public struct SwiftRebuild: Sendable {
    public var packageRoot: URL
    /// `debug` or `release`: the configuration the running `briefing` was built in.
    public var configuration: String

    public init(packageRoot: URL, runningExecutable: String = SwiftRebuild.runningExecutable()) {
        self.packageRoot = packageRoot
        configuration = runningExecutable.contains("/release/") ? "release" : "debug"
    }

    /// The command, as printed.
    public var command: [String] {
        ["swift", "build", "--product", "briefing"] + (configuration == "release" ? ["-c", "release"] : [])
    }

    /// The binary the build makes.
    public var builtExecutable: URL {
        packageRoot.appendingPathComponent(".build/\(configuration)/briefing")
    }

    /// Runs the build; its exit status and everything it printed.
    public func run() async -> (succeeded: Bool, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-swift-build-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        FileManager.default.createFile(atPath: log.path, contents: nil)
        guard let handle = try? FileHandle(forWritingTo: log) else { return (false, "error: cannot write \(log.path)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = packageRoot
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = await withCheckedContinuation { done in
            process.terminationHandler = { done.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                done.resume(returning: -1)
            }
        }
        try? handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (status == 0, status == -1 ? "error: cannot run swift (is it on PATH?)" : output)
    }

    /// The compiler's errors, each with the lines after it (the source line and caret), with
    /// paths inside the package printed from the package root, as the engine prints its own.
    public func errors(in output: String) -> [String] {
        var blocks: [[String]] = []
        let root = packageRoot.standardizedFileURL.path + "/"
        for rawLine in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.replacingOccurrences(of: root, with: "")
            if line.contains(": error: ") {
                blocks.append([line])
            } else if line.hasPrefix("["), line.contains("]") {
                continue  // SwiftPM's progress lines
            } else if !blocks.isEmpty, !line.contains(": warning: "), !line.contains(": note: "), blocks[blocks.count - 1].count < 6 {
                blocks[blocks.count - 1].append(line)
            }
        }
        var seen: Set<String> = []
        let found = blocks.map { $0.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { seen.insert($0).inserted }
        if !found.isEmpty { return found }
        let tail = output.split(separator: "\n").suffix(30).joined(separator: "\n")
        return [tail.isEmpty ? "error: swift build failed and printed nothing" : tail]
    }

    /// Replaces this process with the new binary, run with `arguments` (the same command, with the
    /// port it is serving on). Returns only if that fails.
    public func restart(arguments: [String]) -> String {
        let path = builtExecutable.path
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(path, &argv)
        return "error: cannot start \(path): \(String(cString: strerror(errno)))"
    }

    /// The path of the running `briefing`.
    public static func runningExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
