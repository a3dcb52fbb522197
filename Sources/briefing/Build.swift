import ArgumentParser
import BriefingEngine
import SiteContent

/// `briefing build`: the whole site, written atomically in place of the output folder.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder, replacing it only if every page succeeded.")

    @OptionGroup var folders: FolderOptions

    func run() async throws {
        _ = try await folders.buildSite()
    }
}

extension FolderOptions {
    /// Builds the site these options name, printing its warnings and summary line; returns where
    /// it was built. A failed build is reported and ends the command with its exit code.
    func buildSite() async throws -> BuildConfiguration {
        let configuration = try configuration()
        do {
            let summary = try await SiteBuilder(site: site, configuration: configuration, today: .now).build()
            summary.warnings.forEach { printError($0.description) }
            print(summary.line)
            return configuration
        } catch let failure as BuildFailure {
            throw Report.exit(for: failure)
        }
    }
}
