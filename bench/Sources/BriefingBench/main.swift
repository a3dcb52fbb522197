import BriefingEngine
import Foundation
import SiteContent

// `briefing-bench`: what `briefing build` does, called through the engine's API, for bench/run,
// on a library: every synthetic briefing has a Swift description with a topic, an audience and a
// published day, and the site a base URL, so the build makes the topic and audience lists, the
// feed, the sitemap and the search data as a partnership's site would. Every tenth synthetic
// briefing (synthetic-00000, synthetic-00010, …) also gets a decision flowchart described with the
// flowchart DSL, shown in its "## Decision flowchart" panel, so that the benchmark pays for
// validating, laying out and drawing flowcharts (not with --no-flowcharts).
//
//     briefing-bench --content DIR --templates DIR --output DIR --synthetic N [--no-flowcharts]
//     briefing-bench --content DIR --synthetic N --search-index   # times the search step alone
//     briefing-bench --flowchart-svg        # the drawing of one flowchart, for the Hugo side
//     briefing-bench --layout-time [RUNS]   # how long laying out and drawing one flowchart takes
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
if arguments.contains("--layout-time") {
    // Each flowchart laid out by Graphviz RUNS times afresh (a build lays out each distinct one
    // once), then drawn; the first layout of the process also loads Graphviz's plugins.
    let runs = option("--layout-time", in: arguments).flatMap(Int.init) ?? 50
    func milliseconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
    let first = milliseconds { _ = FlowchartGeometry(informationSharingFlowchart, reusingEarlierLayout: false) }
    print("first layout of the process (loads Graphviz): \(String(format: "%.2f", first)) ms")
    for flowchart in [informationSharingFlowchart, decisionFlowchart(0)] {
        let layouts = (0..<runs).map { _ in milliseconds { _ = FlowchartGeometry(flowchart, reusingEarlierLayout: false) } }.sorted()
        let drawings = (0..<runs).map { _ in milliseconds { _ = FlowchartDiagram(flowchart)?.svg } }.sorted()
        let nodes = flowchart.nodes.count, answers = flowchart.questions.map(\.answers.count).reduce(0, +)
        print("\(flowchart.title) (\(nodes) boxes, \(answers) answers): layout median \(String(format: "%.2f", layouts[runs / 2])) ms "
            + "(\(String(format: "%.2f", layouts[0]))–\(String(format: "%.2f", layouts[runs - 1]))), "
            + "drawing from a kept layout \(String(format: "%.3f", drawings[runs / 2])) ms, \(runs) runs")
    }
    exit(0)
}
/// The topics of the synthetic briefings, as bench/run names them (`TOPICS`): briefing N is filed
/// under topic N modulo their number.
let topicNames = [
    "Professional curiosity", "Neglect", "Domestic abuse", "Child exploitation", "Escalation",
    "Early help", "Online safety", "Private fostering", "Bruising in babies", "Self-harm",
    "Missing children", "Parental mental health", "Disguised compliance", "Contextual safeguarding",
    "Safer sleep", "Allegations against staff", "Transitions to adulthood", "Modern slavery",
]
let topics = topicNames.map { Topic($0.lowercased().replacingOccurrences(of: " ", with: "-"), $0) }

/// The site of `count` synthetic briefings: the real site's, with a description of each.
func librarySite(_ count: Int, flowcharts: Bool) -> SiteDescription {
    var library = site
    library.baseURL = "https://example.org/briefings/"
    library.topics += topics
    let audiences = library.audiences
    for number in 0..<count {
        let day = String(format: "20%02d-%02d-%02d", 20 + number % 6, number % 12 + 1, number % 28 + 1)
        library.briefings.append(BriefingDescription(
            String(format: "synthetic-%05d", number), author: "Benchmark",
            flowcharts: flowcharts && number % 10 == 0 ? [decisionFlowchart(number)] : [],
            topics: [topics[number % topics.count]], audiences: [audiences[number % audiences.count]],
            published: day))
    }
    return library
}

/// The median of five timings of `work`, in milliseconds of this thread's CPU time (steadier
/// than wall time on a shared machine; the work runs on this one thread).
func medianMilliseconds(_ work: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
    }
    var times: [Double] = []
    for _ in 0..<5 {
        let start = now()
        try work()
        times.append(now() - start)
    }
    return times.sorted()[2]
}

guard let content = option("--content", in: arguments), let count = option("--synthetic", in: arguments).flatMap(Int.init) else {
    FileHandle.standardError.write(Data("usage: briefing-bench --content DIR --templates DIR --output DIR --synthetic N\n".utf8))
    exit(64)
}
let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let contentFolder = URL(fileURLWithPath: content, relativeTo: cwd)
let benchSite = librarySite(count, flowcharts: !arguments.contains("--no-flowcharts"))

if arguments.contains("--search-index") {
    // The search step on its own, on one core: each briefing's words (done per briefing, on every
    // core, while the build reads the Markdown; timed here over the Markdown text), then the data
    // file (one job of the build: the documents, their JSON and its hash). Prints one JSON line.
    let loaded: LoadedContent
    do {
        loaded = try ContentLoader(directory: contentFolder, displayName: "content").load()
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
    let descriptions = Dictionary(benchSite.briefings.map { ($0.slug, $0) }) { first, _ in first }
    let renderer = BriefingRenderer(markdown: MarkdownRenderer())
    let briefings = loaded.briefings.compactMap { renderer.render($0, description: descriptions[$0.slug], content: loaded).0 }
    let words = medianMilliseconds { for source in loaded.briefings { _ = SearchWords.unique(in: source.text) } }
    var bytes = 0
    let data = try medianMilliseconds {
        let script = try SearchData(briefings).script()
        _ = ContentHash.hex(script)  // the data file's name
        bytes = script.count
    }
    print("{\"briefings\": \(briefings.count), \"words_ms\": \(words), \"data_ms\": \(data), \"bytes\": \(bytes)}")
    exit(0)
}

guard let templates = option("--templates", in: arguments), let output = option("--output", in: arguments) else {
    FileHandle.standardError.write(Data("usage: briefing-bench --content DIR --templates DIR --output DIR --synthetic N\n".utf8))
    exit(64)
}
let configuration = BuildConfiguration(
    content: contentFolder, templates: URL(fileURLWithPath: templates, relativeTo: cwd),
    output: URL(fileURLWithPath: output, relativeTo: cwd), packageRoot: cwd)
do {
    let summary = try await SiteBuilder(site: benchSite, configuration: configuration).build()
    print(summary.line)
} catch let failure as BuildFailure {
    FileHandle.standardError.write(Data((failure.description + "\n").utf8))
    exit(1)
}
