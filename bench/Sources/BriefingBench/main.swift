import BriefingEngine
import Foundation
import SiteContent

// `briefing-bench`: what `briefing build` does, called through the engine's API, for bench/run.
// Every tenth synthetic briefing (synthetic-00000, synthetic-00010, …) gets a decision flowchart
// described with the flowchart DSL, shown in its "## Decision flowchart" panel, so that the
// benchmark pays for validating, laying out and drawing flowcharts as a real site would.
//
//     briefing-bench --content DIR --templates DIR --output DIR --synthetic N
//     briefing-bench --flowchart-svg        # the drawing of one flowchart, for the Hugo side
//
// Not part of the site's build or of the tests.

/// The node ids of the synthetic flowchart: a referral decision of the seed's size.
enum Referral: String, FlowchartNodeID {
    case concern, immediateRisk, consent, threshold
    case emergency, refer, earlyHelp, seekAdvice
}

/// The flowchart of synthetic briefing `number`, in the panel headed "Decision flowchart".
func decisionFlowchart(_ number: Int) -> Flowchart {
    Flowchart("Decision flowchart", id: String(format: "decision-%05d", number), start: Referral.concern) {
        Question(.concern, "Do you have a concern about a child's welfare or safety?") {
            Answer("Yes", next: .immediateRisk)
            Answer("No", next: .seekAdvice)
        }
        Question(.immediateRisk, "Is the child at immediate risk of significant harm?") {
            Answer("Yes", next: .emergency)
            Answer("No", next: .consent)
        }
        Question(.consent, "Have you discussed the concern with the family and sought consent to refer?") {
            Answer("Yes", next: .threshold)
            Answer("No", next: .threshold)
        }
        Question(.threshold, "Does the concern meet the threshold for children's social care?") {
            Answer("Yes", next: .refer)
            Answer("No", next: .earlyHelp)
        }
        Outcome(.emergency, "Call the police on 999 and make a referral now", kind: .share) {
            """
            Stay with the child if it is safe to do so.

            Tell your designated safeguarding lead as soon as you can.
            """
        }
        Outcome(.refer, "Refer to children's social care", kind: .share) {
            """
            - Use the local referral form
            - Record what you shared, with whom and why
            """
        }
        Outcome(.earlyHelp, "Offer an early help assessment", kind: .seekAdvice) {
            "Agree a lead practitioner and review the plan within six weeks."
        }
        Outcome(.seekAdvice, "Talk it through with your safeguarding lead", kind: .seekAdvice) {
            "Keep a record of your decision and the reasons for it."
        }
    }
}

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let arguments = CommandLine.arguments
if arguments.contains("--flowchart-svg") {
    print(FlowchartDiagram(decisionFlowchart(0))?.svg ?? "")
    exit(0)
}
guard let content = option("--content", in: arguments), let templates = option("--templates", in: arguments),
      let output = option("--output", in: arguments), let count = option("--synthetic", in: arguments).flatMap(Int.init)
else {
    FileHandle.standardError.write(Data("usage: briefing-bench --content DIR --templates DIR --output DIR --synthetic N\n".utf8))
    exit(64)
}

var benchSite = site
for number in stride(from: 0, to: count, by: 10) {
    benchSite.briefings.append(BriefingDescription(
        String(format: "synthetic-%05d", number), author: "Benchmark", flowcharts: [decisionFlowchart(number)]))
}
let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let configuration = BuildConfiguration(
    content: URL(fileURLWithPath: content, relativeTo: cwd), templates: URL(fileURLWithPath: templates, relativeTo: cwd),
    output: URL(fileURLWithPath: output, relativeTo: cwd), packageRoot: cwd)
do {
    let summary = try await SiteBuilder(site: benchSite, configuration: configuration).build()
    print(summary.line)
} catch let failure as BuildFailure {
    FileHandle.standardError.write(Data((failure.description + "\n").utf8))
    exit(1)
}
