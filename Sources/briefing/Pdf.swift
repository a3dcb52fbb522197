import ArgumentParser
import BriefingEngine
import Foundation
import SiteContent

/// `briefing pdf`: builds the site, then prints each briefing's one-page handout to
/// `<pdf folder>/<slug>.pdf` with the system's headless Chromium. The PDFs are not part of `site/`:
/// Chromium stamps each one with the time it was printed and its own version, so their bytes
/// differ from run to run and machine to machine, and the site must be reproducible.
struct Pdf: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, then print each briefing's one-page handout as a PDF (needs Chromium).",
        discussion: """
            The PDFs go to pdf/ in the package root (or --pdf DIR), one per briefing, named by its \
            slug. The site is built first, exactly as 'briefing build' does, even when Chromium is \
            missing; then the command stops with exit code 3 and says what to install.
            """)

    @OptionGroup var folders: FolderOptions

    @Option(help: "The folder to write the PDFs to (default: pdf/ in the package root).")
    var pdf: String?

    func run() async throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let configuration = try await folders.buildSite()

        guard let printer = ChromiumPrinter.find() else {
            printError("""
                error: Chromium is needed to print the handouts as PDF, and was not found
                hint: install it with: \(ChromiumPrinter.installCommand)   (as root; the site was built, only the PDFs are missing)
                """)
            throw ExitCode(3)
        }
        let folder = pdf.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).absoluteURL }
            ?? configuration.packageRoot.appendingPathComponent("pdf")
        let slugs = try handoutSlugs(in: configuration.output)
        var failures = 0
        for slug in slugs {
            let page = configuration.output.appendingPathComponent(SitePaths.handout(slug))
            let target = folder.appendingPathComponent("\(slug).pdf")
            do {
                let data = try printer.printPDF(of: page)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: target, options: .atomic)
                let pages = try? PDFPageCount.count(in: data)
                print("Printed \(configuration.displayName(target))" + (pages.map { " (\($0) page\($0 == 1 ? "" : "s"))" } ?? ""))
                if let pages, pages > 1 {
                    printError("warning: the handout of '\(slug)' prints on \(pages) pages, not one\nhint: run briefing check to see how far over it is")
                }
            } catch {
                failures += 1
                printError("error: could not print \(configuration.displayName(page)) to \(configuration.displayName(target)): \(error)")
            }
        }
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        print("Printed \(slugs.count - failures) of \(slugs.count) handouts to \(configuration.displayName(folder))/ in \(milliseconds) ms")
        if failures > 0 { throw ExitCode(3) }
    }

    /// The slugs of the briefings whose handouts the built site holds, in order.
    private func handoutSlugs(in site: URL) throws -> [String] {
        let folder = site.appendingPathComponent("briefings")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { slug in
            FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePaths.handout(slug)).path)
        }
    }
}
