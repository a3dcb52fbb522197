import Foundation
import Testing

@testable import BriefingEngine

/// Edits the erased form of a flowchart, the way an author edits its Swift.
private func editing(_ flowchart: Flowchart, _ edit: (inout Flowchart) -> Void) -> Flowchart {
    var copy = flowchart
    edit(&copy)
    return copy
}

private func editQuestion(_ flowchart: inout Flowchart, _ id: String, _ edit: (inout FlowchartQuestion) -> Void) {
    guard let index = flowchart.nodes.firstIndex(where: { $0.id == id }), case .question(var question) = flowchart.nodes[index] else { return }
    edit(&question)
    flowchart.nodes[index] = .question(question)
}

private func editOutcome(_ flowchart: inout Flowchart, _ id: String, _ edit: (inout FlowchartOutcome) -> Void) {
    guard let index = flowchart.nodes.firstIndex(where: { $0.id == id }), case .outcome(var outcome) = flowchart.nodes[index] else { return }
    edit(&outcome)
    flowchart.nodes[index] = .outcome(outcome)
}

private func document(_ flowchart: Flowchart) -> PathsDocument {
    PathsDocument(FlowchartPaths(flowchart), briefing: "telling")
}

/// One kind of change to "Who to tell" and what the comparison must say about it.
struct FlowchartEdit: Sendable, CustomTestStringConvertible {
    var name: String
    var changesOutcomes: Bool
    /// The report's lines after the version line, up to the closing summary.
    var lines: [String]
    var edit: @Sendable (inout Flowchart) -> Void
    var testDescription: String { name }
}

private let edits: [FlowchartEdit] = [
    .init(name: "an arrow points elsewhere: one situation decided differently", changesOutcomes: true, lines: [
        "  1 situation is decided differently:",
        "    - Is a child in immediate danger? Not sure → Can you reach your safeguarding lead now? No",
        "      was: Call 999",
        "      now: Record your concern & keep watching <carefully>",
    ]) { editQuestion(&$0, "lead") { $0.answers[1].next = "record" } },
    .init(name: "a question is reworded", changesOutcomes: false, lines: [
        "  no situation is decided differently",
        "  wording changed (1):",
        "    - question 'worried' now reads “Are you worried?” (was “Are you worried about the child's welfare?”)",
    ]) { editQuestion(&$0, "worried") { $0.text = "Are you worried?" } },
    .init(name: "an answer is reworded in place: its paths still match", changesOutcomes: false, lines: [
        "  no situation is decided differently",
        "  wording changed (1):",
        "    - an answer to “Is a child in immediate danger?” now reads “I am not sure” (was “Not sure”)",
    ]) { editQuestion(&$0, "danger") { $0.answers[2].label = "I am not sure" } },
    .init(name: "an outcome is reworded", changesOutcomes: false, lines: [
        "  no situation is decided differently",
        "  wording changed (1):",
        "    - outcome 'callPolice' now reads “Call 999 now” (was “Call 999”)",
    ]) { editOutcome(&$0, "callPolice") { $0.title = "Call 999 now" } },
    .init(name: "an outcome changes kind: its situations are decided differently", changesOutcomes: true, lines: [
        "  1 situation is decided differently:",
        "    - Is a child in immediate danger? No → Are you worried about the child's welfare? No",
        "      was: Record your concern & keep watching <carefully>",
        "      now: Record your concern & keep watching <carefully>",
        "  wording changed (1):",
        "    - outcome “Record your concern & keep watching <carefully>” is now of kind 'seek-advice' (was 'record')",
    ]) { editOutcome(&$0, "record") { $0.kind = .seekAdvice } },
    .init(name: "an answer is added: a new path", changesOutcomes: true, lines: [
        "  no situation is decided differently",
        "  new paths (1):",
        "    - Is a child in immediate danger? No → Are you worried about the child's welfare? A little → Tell your safeguarding lead today",
        "  wording changed (1):",
        "    - new answer “A little” to “Are you worried about the child's welfare?”",
    ]) { editQuestion(&$0, "worried") { $0.answers.append(FlowchartAnswer(label: "A little", next: "tellLead", location: FlowchartFixtures.at(30))) } },
    .init(name: "a question is taken out: its paths are gone and shorter ones appear", changesOutcomes: true, lines: [
        "  no situation is decided differently",
        "  new paths (1):",
        "    - Is a child in immediate danger? Not sure → Tell your safeguarding lead today",
        "  paths that are gone (2):",
        "    - Is a child in immediate danger? Not sure → Can you reach your safeguarding lead now? Yes → Tell your safeguarding lead today",
        "    - Is a child in immediate danger? Not sure → Can you reach your safeguarding lead now? No → Call 999",
        "  wording changed (1):",
        "    - question 'lead' removed: “Can you reach your safeguarding lead now?”",
    ]) { flowchart in
        editQuestion(&flowchart, "danger") { $0.answers[2].next = "tellLead" }
        flowchart.nodes.removeAll { $0.id == "lead" }
    },
    .init(name: "only where it was written changed: unchanged", changesOutcomes: false, lines: []) {
        editQuestion(&$0, "danger") { $0.location = FlowchartFixtures.at(99) }
    },
]

@Suite struct PathsComparisonTests {
    @Test(arguments: edits)
    func eachKindOfChangeIsReportedInWords(_ edit: FlowchartEdit) throws {
        let before = document(FlowchartFixtures.whoToTell)
        let after = document(editing(FlowchartFixtures.whoToTell, edit.edit))
        let comparison = try PathsComparison(before: [before], after: [after], displayName: "before.json")
        #expect(comparison.changesOutcomes == edit.changesOutcomes)
        var lines = comparison.report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeLast() == "")
        let summary = lines.removeLast()
        #expect(summary.hasPrefix(edit.changesOutcomes ? "Outcomes changed" : "No situation is decided differently."))
        if edit.lines.isEmpty {
            #expect(lines == ["Who to tell (telling/who-to-tell): unchanged, version \(before.version)"])
        } else {
            #expect(lines.first == "Who to tell (telling/who-to-tell): version \(before.version) → \(after.version)")
            #expect(Array(lines.dropFirst()) == edit.lines)
        }
    }

    @Test func aFlowchartAddedOrRemovedChangesOutcomes() throws {
        let who = document(FlowchartFixtures.whoToTell), small = document(FlowchartFixtures.small)
        let added = try PathsComparison(before: [who], after: [who, small], displayName: "before.json")
        #expect(added.changesOutcomes)
        #expect(added.report.contains("Test (telling/test): a new flowchart, version \(small.version)\n  no situation is decided differently\n  new paths (3):"))
        let removed = try PathsComparison(before: [who, small], after: [who], displayName: "before.json")
        #expect(removed.report.contains("Test (telling/test): removed (was version \(small.version))"))
    }

    @Test func aFileAboutAnotherFlowchartIsRefused() {
        let error = #expect(throws: PathsFile.Problem.self) {
            try PathsComparison(
                before: [document(FlowchartFixtures.small)], after: [document(FlowchartFixtures.whoToTell)], displayName: "old.json")
        }
        #expect(error?.message == "old.json is about another flowchart: it holds 'telling/test', and this site has 'telling/who-to-tell'")
    }

    @Test func theJSONReadsBackAsWritten() throws {
        let documents = [document(FlowchartFixtures.whoToTell), document(FlowchartFixtures.small)]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(PathsDocument.json(documents).utf8).write(to: file)
        #expect(try PathsFile.read(file, displayName: "paths.json") == documents)
    }
}

/// A file `--compare` must refuse, and the start of what it must say.
struct BadPathsFile: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String?
    var message: String
    var testDescription: String { name }
}

private let badFiles: [BadPathsFile] = [
    .init(name: "no such file", text: nil, message: "cannot read before.json: "),
    .init(name: "not JSON", text: "When to share: 5 paths\n", message: "before.json is not JSON: "),
    .init(name: "JSON, but not a list", text: "{\"paths\": []}", message: "before.json is JSON but not a paths file"),
    .init(name: "without a format number", text: "[{\"id\": \"who-to-tell\", \"paths\": []}]",
          message: "before.json has a flowchart without a format number: it was written by an older version of briefing"),
    .init(name: "another format version", text: "[{\"format\": 2, \"id\": \"who-to-tell\"}]",
          message: "before.json is in paths format 2, and this version of briefing reads format 1"),
    .init(name: "a field missing", text: "[{\"format\": 1, \"id\": \"who-to-tell\", \"title\": \"Who to tell\", \"version\": \"0\", \"start\": \"danger\", \"questions\": [], \"outcomes\": []}]",
          message: "before.json is missing 'paths' at [0]"),
    .init(name: "a value of the wrong type", text: "[{\"format\": 1, \"id\": 7}]", message: "before.json has a value of the wrong type at [0].id"),
]

@Suite struct PathsFileTests {
    @Test(arguments: badFiles)
    func aFileThatCannotBeComparedIsAClearError(_ bad: BadPathsFile) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("before.json")
        if let text = bad.text { try Data(text.utf8).write(to: file) }
        let error = #expect(throws: PathsFile.Problem.self) { try PathsFile.read(file, displayName: "before.json") }
        #expect(error?.message.hasPrefix(bad.message) == true, "\(error?.message ?? "")")
        #expect(error?.description.contains("\nhint: ") == true)
    }
}
