import ArgumentParser
import BriefingEngine
import Foundation
import SiteContent

/// `briefing paths`: every way through every flowchart of every briefing, from the first question
/// to an outcome, as a table for people or as JSON for the wizard's browser tests; or, with
/// `--compare`, what has changed since a JSON file made before an edit.
struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every path through every flowchart, as a table or as JSON, or compare them with an earlier --json file.",
        discussion: """
            To review a change: 'briefing paths --json > before.json' before editing, then \
            'briefing paths --compare before.json' after. It prints every situation decided \
            differently, every path that appeared or disappeared, and every changed wording.
            Exit codes with --compare:
              0   no situation is decided differently (wording may have changed)
              1   some situation's outcome changed, or a path or flowchart appeared or disappeared \
            (ask for sign-off); also when the flowcharts have errors
              64  the file cannot be compared: unreadable, not JSON, not a paths file, another \
            format version, or about another flowchart
            """)

    @Flag(help: "Print JSON: a list with, for each flowchart, its briefing's slug, its decision aid's start and sign-off pages, its questions, outcomes and paths.")
    var json = false

    @Option(name: .customLong("compare"), help: ArgumentHelp("Compare with a file made earlier by --json, and print what changed.", valueName: "before.json"))
    var before: String?

    func validate() throws {
        if json && before != nil { throw ValidationError("--json and --compare cannot be used together") }
    }

    func run() throws {
        let flowcharts = site.briefings.flatMap { briefing in briefing.flowcharts.map { (briefing.slug, $0) } }
        let problems = flowcharts.flatMap { FlowchartValidator(sourceRoot: try? PackageRoot.find()).validate($0.1) }
        guard problems.isEmpty else { throw Report.exit(for: BuildFailure(problems), writes: false) }
        let documents = flowcharts.map { slug, flowchart in PathsDocument(FlowchartPaths(flowchart), briefing: slug) }
        if let before {
            try compare(with: before, documents)
        } else if json {
            print(PathsDocument.json(documents), terminator: "")
        } else {
            print(flowcharts.map { slug, flowchart in
                "briefing \(slug):\n" + FlowchartPaths(flowchart).table
                    + "sign-off page: site/\(SitePaths.signOff(slug, flowchart: flowchart.id))\n"
            }.joined(separator: "\n"), terminator: "")
        }
    }

    private func compare(with file: String, _ documents: [PathsDocument]) throws {
        let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let comparison = try PathsComparison(
                before: try PathsFile.read(url, displayName: file), after: documents, displayName: file)
            print(comparison.report, terminator: "")
            if comparison.changesOutcomes {
                for flowchart in comparison.flowcharts where flowchart.changesOutcomes {
                    if let page = documents.first(where: { $0.name == flowchart.name })?.signOffPage {
                        print("sign-off page: site/\(page)")
                    }
                }
                throw ExitCode(1)
            }
        } catch let problem as PathsFile.Problem {
            printError(problem.description)
            throw ExitCode(64)
        }
    }
}
