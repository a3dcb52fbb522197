import ArgumentParser
import BriefingEngine
import Foundation
import SiteContent

/// `briefing new SLUG`: a new briefing's Markdown (and, with `--flowchart`, its Swift description
/// with a starter flowchart), never replacing a file; then says what to do next.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new briefing: content/SLUG.md with the usual seven panels to fill in.",
        discussion: "Never replaces a file. Exit codes: 0 made, 2 a file or briefing of that name exists, 64 a bad name.")

    @Argument(help: "The briefing's name in its address: lower-case letters, digits and hyphens (e.g. neglect-and-toxic-stress).")
    var slug: String

    @Option(help: "Its title (default: from the name).")
    var title: String?

    @Flag(help: "Also write a Swift description with a two-question starter flowchart.")
    var flowchart = false

    @Option(help: "The folder of briefing Markdown (default: content/ in the package root).")
    var content: String?

    func run() throws {
        let root = try PackageRoot.find()
        let folder = content.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).absoluteURL }
            ?? root.appendingPathComponent("content")
        let contentName = BuildConfiguration(packageRoot: root).displayName(folder)
        let starter = BriefingStarter(slug: slug, title: title, flowchart: flowchart)
        let made: BriefingStarter.Made
        do {
            made = try starter.write(into: folder, contentName: contentName, existingSlugs: Set(site.briefings.map(\.slug)))
        } catch let failure as BuildFailure {
            printError(failure.description)
            throw ExitCode(failure.cause == .output ? 2 : 64)
        }
        for file in made.files { print("created \(contentName)/\(file)") }
        if let name = made.descriptionName {
            print("\nNext, list it in the site: in \(contentName)/Site.swift, add \(name) to briefings:")
            print(SiteListing.suggestion(adding: name, siteFile: folder.appendingPathComponent("Site.swift"), contentName: contentName))
            print("\nThen preview it (this builds the Swift first):\n    swift run briefing serve")
        } else {
            print("\nNext, preview it and edit as you go:\n    swift run briefing serve")
        }
        print("and open http://127.0.0.1:8000/briefings/\(slug)/")
    }
}

/// The exact line of `Site.swift` to change to list a new description, when it can be found.
enum SiteListing {
    static func suggestion(adding name: String, siteFile: URL, contentName: String) -> String {
        guard let text = try? String(contentsOf: siteFile, encoding: .utf8) else {
            return "    briefings: [\(name)],"
        }
        let lines = text.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("briefings: ["), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]")
            else { continue }
            let inside = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let changed = line[..<close] + (inside.isEmpty ? "" : ", ") + name + line[close...]
            return "\(contentName)/Site.swift:\(index + 1): change\n    \(trimmed)\nto\n    \(changed.trimmingCharacters(in: .whitespaces))"
        }
        return "    briefings: [\(name)],"
    }
}
