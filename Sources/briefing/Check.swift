import ArgumentParser
import BriefingEngine
import SiteContent

/// `briefing check`: every validation of a build, nothing written.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, descriptions and templates without writing anything.")

    @OptionGroup var folders: FolderOptions

    func run() async throws {
        let builder = SiteBuilder(site: site, configuration: try folders.configuration(), today: .now)
        do {
            let (files, planWarnings) = try await builder.plan()
            // Does each one-page handout fit on one page? Printed when Chromium is here, else estimated.
            let printer = ChromiumPrinter.find()
            let contentName = builder.configuration.displayName(builder.configuration.content)
            let warnings = planWarnings + HandoutFit(printer: printer, contentName: contentName).warnings(for: files)
            warnings.forEach { printError($0.description) }
            if printer == nil {
                printError("note: Chromium was not found, so each handout was measured by counting its text; to measure by printing: \(ChromiumPrinter.installCommand)")
            }
            print("Checked site: \(files.count) files would be written, \(warnings.count) warnings, no errors")
        } catch let failure as BuildFailure {
            throw Report.exit(for: failure, writes: false)
        }
    }
}
