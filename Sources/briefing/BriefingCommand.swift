import ArgumentParser
import BriefingEngine
import Foundation
import SiteContent

/// The `briefing` command: builds the site from `content/` and `templates/` into `site/`, or checks
/// everything without writing.
struct BriefingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn 7-minute briefings written in Markdown into a static website.",
        discussion: """
            Exit codes:
              0   success (warnings may have been printed)
              1   the content, the Swift descriptions or the templates have errors (all are printed \
            as path:line:col: error: …); for paths --compare, some situation is decided differently
              2   the output folder may not be replaced, or could not be written
              3   briefing pdf: Chromium is not installed, or could not print a handout
              64  the command line is wrong, or the file given to paths --compare cannot be compared
            """,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Paths.self, Pdf.self],
        defaultSubcommand: nil)
}

/// The folder options shared by every subcommand.
struct FolderOptions: ParsableArguments {
    @Option(help: "The folder of briefing Markdown (default: content/ in the package root).")
    var content: String?

    @Option(help: "The folder of Mustache templates, CSS and scripts (default: templates/).")
    var templates: String?

    @Option(help: "The folder to write the site to, replaced whole (default: site/).")
    var output: String?

    /// The configuration these options name, with defaults resolved from the package root.
    func configuration() throws -> BuildConfiguration {
        let root = try PackageRoot.find()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ option: String?, default name: String) -> URL {
            guard let option else { return root.appendingPathComponent(name) }
            return URL(fileURLWithPath: option, relativeTo: cwd).absoluteURL
        }
        return BuildConfiguration(
            content: url(content, default: "content"), templates: url(templates, default: "templates"),
            output: url(output, default: "site"), packageRoot: root)
    }
}
