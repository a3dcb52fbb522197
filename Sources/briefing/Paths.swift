import ArgumentParser
import BriefingEngine
import Foundation
import SiteContent

/// `briefing paths`: every way through every flowchart of every briefing, from the first question
/// to an outcome, as a table for people or as JSON for the wizard's browser tests.
struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every path through every flowchart, as a table or as JSON.")

    @Flag(help: "Print JSON: a list with, for each flowchart, its briefing's slug, its decision aid's start page and its paths.")
    var json = false

    func run() throws {
        let flowcharts = site.briefings.flatMap { briefing in briefing.flowcharts.map { (briefing.slug, $0) } }
        let problems = flowcharts.flatMap { FlowchartValidator(sourceRoot: try? PackageRoot.find()).validate($0.1) }
        guard problems.isEmpty else { throw Report.exit(for: BuildFailure(problems)) }
        if json {
            let documents = try flowcharts.map { slug, flowchart -> Any in
                var document = try JSONSerialization.jsonObject(with: Data(FlowchartPaths(flowchart).json.utf8)) as? [String: Any] ?? [:]
                document["briefing"] = slug
                document["startPage"] = SitePaths.wizardStart(slug, flowchart: flowchart.id)
                return document
            }
            let data = try JSONSerialization.data(withJSONObject: documents, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(flowcharts.map { slug, flowchart in "briefing \(slug):\n" + FlowchartPaths(flowchart).table }.joined(separator: "\n"), terminator: "")
        }
    }
}
