import ArgumentParser
import BriefingEngine
import SiteContent

/// `briefing build`: the whole site, written atomically in place of the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder, replacing it only if every page succeeded.")

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let builder = SiteBuilder(site: site, configuration: try folders.configuration(), today: .now)
        do {
            let summary = try builder.build()
            summary.warnings.forEach { printError($0.description) }
            print(summary.line)
        } catch let failure as BuildFailure {
            throw Report.exit(for: failure)
        }
    }
}
