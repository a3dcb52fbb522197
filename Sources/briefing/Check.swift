import ArgumentParser
import BriefingEngine
import SiteContent

/// `briefing check`: every validation of a build, nothing written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, descriptions and templates without writing anything.")

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let builder = SiteBuilder(site: site, configuration: try folders.configuration())
        do {
            let (files, warnings) = try builder.plan()
            warnings.forEach { printError($0.description) }
            print("Checked site: \(files.count) files would be written, \(warnings.count) warnings, no errors")
        } catch let failure as BuildFailure {
            throw Report.exit(for: failure)
        }
    }
}
