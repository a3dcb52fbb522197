import Foundation

/// Prints a page to PDF with the system's headless Chromium, exactly as `briefing pdf` and the
/// fit check do: A4 from the page's own `@page` rule, no header or footer added by the browser.
/// The PDF's title is the page's `<title>`. Chromium stamps each PDF with the time it was made,
/// so the bytes differ from run to run.
public struct ChromiumPrinter: Sendable {
    /// What to install when no Chromium is found (Debian 12 and later).
    public static let installCommand = "apt-get install chromium"
    /// The environment variable that names the Chromium to use instead of searching for one.
    public static let environmentVariable = "BRIEFING_CHROMIUM"

    /// The Chromium (or Chrome) executable.
    public var executable: URL
    /// How long one page may take to print before Chromium is stopped.
    public var timeout: TimeInterval

    public init(executable: URL, timeout: TimeInterval = 120) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The Chromium to print with: the one `BRIEFING_CHROMIUM` names (none, when it names no
    /// executable), else `/usr/bin/chromium`, else the first of `chromium`, `chromium-browser`,
    /// `google-chrome` on `PATH`. Nil when there is none: tell the user `installCommand`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPrinter? {
        let files = FileManager.default
        if let chosen = environment[environmentVariable] {
            return files.isExecutableFile(atPath: chosen) ? ChromiumPrinter(executable: URL(fileURLWithPath: chosen)) : nil
        }
        let folders = ["/usr/bin"] + (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where files.isExecutableFile(atPath: folder + "/" + name) {
                return ChromiumPrinter(executable: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        return nil
    }

    /// Prints the page at `page` (a `file:` URL) and returns the PDF's bytes.
    public func printPDF(of page: URL) throws -> Data {
        let files = FileManager.default
        let work = files.temporaryDirectory.appendingPathComponent("briefing-print-\(UUID().uuidString)")
        try files.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: work) }
        let pdf = work.appendingPathComponent("page.pdf")
        let log = work.appendingPathComponent("chromium.log")
        guard files.createFile(atPath: log.path, contents: nil) else {
            throw PrintFailure("could not create \(log.path)")
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--user-data-dir=" + work.appendingPathComponent("profile").path,
            "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, page.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw PrintFailure("could not start \(executable.path): \(error.localizedDescription)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            // Asked to stop, then made to: a browser (or a signal mask it inherits) may ignore SIGTERM.
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw PrintFailure("\(executable.lastPathComponent) did not finish printing \(page.lastPathComponent) within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0, let data = files.contents(atPath: pdf.path), !data.isEmpty else {
            let said = (files.contents(atPath: log.path).map { String(decoding: $0, as: UTF8.self) } ?? "")
                .split(separator: "\n").suffix(3).joined(separator: "\n")
            throw PrintFailure(
                "\(executable.lastPathComponent) could not print \(page.path) (exit status \(process.terminationStatus))"
                    + (said.isEmpty ? "" : ":\n" + said))
        }
        return data
    }
}

/// Chromium could not be started, stopped in error, or wrote no PDF.
public struct PrintFailure: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
