import Foundation

/// The validate step's check that each flowchart drawn in a briefing's panel prints readably on
/// the briefing's one-page handout: a warning, at the `Flowchart(` line, for each whose smallest
/// text would print under 8 pt, naming the flowchart, the briefing and that size. The handout
/// prints such a flowchart in words instead (`PrintPage`); the web page still draws it.
struct HandoutDiagramCheck {
    /// Where the Swift descriptions are, to quote the `Flowchart(` line; nil quotes nothing.
    var sourceRoot: URL?

    func warnings(for briefings: [Briefing]) -> [Diagnostic] {
        var sources = SwiftSourceQuotes(root: sourceRoot)
        return briefings.flatMap { briefing in
            briefing.panels.compactMap(\.flowchart).compactMap { flowchart -> Diagnostic? in
                guard let layout = FlowchartGeometry(flowchart) else { return nil }
                let size = HandoutDiagramSize(layout)
                guard !size.isReadable else { return nil }
                let points = String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), size.smallestTextPoints)
                return .warning(
                    "the flowchart \u{201C}\(flowchart.title)\u{201D} would print at \(points) pt on the one-page handout of "
                        + "\u{201C}\(briefing.title)\u{201D}, even in its widest column (\(Int(HandoutDiagramSize.columnWidths.last ?? 0)) mm), "
                        + "under the \(Int(HandoutDiagramSize.smallestReadablePoints)) pt minimum, so the handout prints it in words instead of as a diagram",
                    at: flowchart.location,
                    hint: "to print the diagram, shorten its longest questions and answers or split it into two flowcharts; "
                        + "the briefing's web page and its decision aid show it either way",
                    sourceLine: sources.line(at: flowchart.location))
            }
        }
    }
}
