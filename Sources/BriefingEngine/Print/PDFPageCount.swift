import Foundation

/// The number of pages of a PDF, as poppler's `pdfinfo` reads it. A PDF's bytes are not scanned
/// for `/Count`: the page tree may be in a compressed object stream, and the text `/Count 7` may
/// appear in a page's content, so only a PDF reader can say.
public enum PDFPageCount {
    /// What to install when `pdfinfo` is missing (Debian).
    public static let installCommand = "apt-get install poppler-utils"

    /// `/usr/bin/pdfinfo`, else the first `pdfinfo` on `PATH`; nil when there is none.
    public static func pdfinfo(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let folders = ["/usr/bin"] + (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.lazy.map { $0 + "/pdfinfo" }.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map { URL(fileURLWithPath: $0) }
    }

    /// The page count of `pdf`; throws when `pdfinfo` is missing or cannot read it.
    public static func count(in pdf: Data) throws -> Int {
        guard let executable = pdfinfo() else {
            throw PrintFailure("pdfinfo is needed to count a PDF's pages and was not found (\(installCommand))")
        }
        let files = FileManager.default
        let file = files.temporaryDirectory.appendingPathComponent("briefing-count-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? files.removeItem(at: file) }
        let process = Process()
        process.executableURL = executable
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let pages = text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
        guard process.terminationStatus == 0, let pages else {
            throw PrintFailure("pdfinfo could not read the PDF (exit status \(process.terminationStatus))")
        }
        return pages
    }
}
