import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

/// One kind of mistake in a flowchart description and what the validator must say about it.
struct FlowchartMistake: Sendable, CustomTestStringConvertible {
    var name: String
    var line: Int
    var message: String
    var change: @Sendable (inout Flowchart) -> Void

    var testDescription: String { name }
}

/// Replaces the answer at `answer` of the question at `node` in a fixture.
private func editAnswer(_ flowchart: inout Flowchart, node: Int, answer: Int, _ edit: (inout FlowchartAnswer) -> Void) {
    guard case .question(var question) = flowchart.nodes[node] else { return }
    edit(&question.answers[answer])
    flowchart.nodes[node] = .question(question)
}

private func editQuestion(_ flowchart: inout Flowchart, node: Int, _ edit: (inout FlowchartQuestion) -> Void) {
    guard case .question(var question) = flowchart.nodes[node] else { return }
    edit(&question)
    flowchart.nodes[node] = .question(question)
}

private let mistakes: [FlowchartMistake] = [
    .init(name: "answer leads to an undefined node", line: 6,
          message: "answer \"Yes\" leads to 'c', which is not defined in \"Test\"") {
        editAnswer(&$0, node: 1, answer: 0) { $0.next = "c" }
    },
    .init(name: "start is not defined", line: 1,
          message: "the flowchart starts at 'z', which is not defined in \"Test\"") { $0.start = "z" },
    .init(name: "start is an outcome", line: 1,
          message: "the flowchart starts at outcome 'go'") { $0.start = "go" },
    .init(name: "node cannot be reached", line: 10,
          message: "outcome 'orphan' cannot be reached from the start 'a'") {
        $0.nodes.append(.outcome(FlowchartOutcome(id: "orphan", title: "Orphan", kind: .share, location: FlowchartFixtures.at(10))))
    },
    .init(name: "answer makes a loop", line: 7,
          message: "answer \"No\" leads back to 'a', making a loop: a → b → a") {
        editAnswer(&$0, node: 1, answer: 1) { $0.next = "a" }
    },
    .init(name: "id defined twice", line: 10,
          message: "'go' is defined twice in \"Test\" (first at line 8)") {
        $0.nodes.append(.outcome(FlowchartOutcome(id: "go", title: "Go again", kind: .share, location: FlowchartFixtures.at(10))))
    },
    .init(name: "question has one answer", line: 5,
          message: "question 'b' has only one answer (\"Yes\"); a question needs at least two") {
        editQuestion(&$0, node: 1) { $0.answers.removeLast() }
    },
    .init(name: "question has no answers, so a path ends without an outcome", line: 5,
          message: "question 'b' has no answers, so the flow stops there without an outcome") {
        editQuestion(&$0, node: 1) { $0.answers = [] }
    },
    .init(name: "two answers with the same label", line: 7,
          message: "answer \" yes\" appears twice in question 'b' (first at line 6)") {
        editAnswer(&$0, node: 1, answer: 1) { $0.label = " yes" }
    },
    .init(name: "question without text", line: 5, message: "question 'b' has no text") {
        editQuestion(&$0, node: 1) { $0.text = "  " }
    },
    .init(name: "answer without a label", line: 7, message: "an answer to question 'b' has no label") {
        editAnswer(&$0, node: 1, answer: 1) { $0.label = "" }
    },
    .init(name: "outcome without a title", line: 8, message: "outcome 'go' has no title") {
        guard case .outcome(var outcome) = $0.nodes[2] else { return }
        outcome.title = ""
        $0.nodes[2] = .outcome(outcome)
    },
    .init(name: "flowchart without a title", line: 1, message: "flowchart 'test' has no title") { $0.title = "" },
]

@Suite struct FlowchartValidatorTests {
    @Test func theSmallFixtureIsValid() {
        #expect(FlowchartValidator().validate(FlowchartFixtures.small).isEmpty)
    }

    @Test func theSeedFlowchartIsValid() {
        #expect(FlowchartValidator().validate(informationSharingFlowchart).isEmpty)
    }

    @Test func theSecondFlowchartIsValid() {
        #expect(FlowchartValidator().validate(FlowchartFixtures.whoToTell).isEmpty)
    }

    @Test(arguments: mistakes)
    func eachMistakeIsReportedAtItsLineWithAHint(_ mistake: FlowchartMistake) throws {
        var flowchart = FlowchartFixtures.small
        mistake.change(&flowchart)
        let diagnostics = FlowchartValidator().validate(flowchart)
        let diagnostic = try #require(diagnostics.first { $0.message.hasPrefix(mistake.message) }, "\(diagnostics)")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == BriefingEngine.SourceLocation(file: FlowchartFixtures.file, line: mistake.line, column: 9))
        #expect(diagnostic.hint?.isEmpty == false)
        #expect(diagnostic.description.hasPrefix("content/Fixture.swift:\(mistake.line):9: error: \(mistake.message)"))
        #expect(diagnostic.description.contains("\nhint: "))
    }

    @Test func everyMistakeIsReportedNotOnlyTheFirstInLineOrder() {
        var flowchart = FlowchartFixtures.small
        for mistake in mistakes where ["answer leads to an undefined node", "answer makes a loop", "outcome without a title", "flowchart without a title"].contains(mistake.name) {
            mistake.change(&flowchart)
        }
        let diagnostics = FlowchartValidator().validate(flowchart)
        // The loop's answer (line 7) and the undefined target (line 6) are on b; the outcome "go"
        // lost its only arrow, so it is also unreachable (line 8).
        #expect(diagnostics.map(\.location.line) == [1, 6, 7, 8, 8])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(throws: BuildFailure.self) { try diagnostics.throwIfErrors() }
    }

    private enum Broken: String, FlowchartNodeID {
        case purpose, share, lawfulBasis
    }

    @Test func aDSLMistakeIsReportedAtTheAnswerItsAuthorWrote() throws {
        let answerLine = #line + 4
        let flowchart = Flowchart("When to share", id: "when-to-share", start: Broken.purpose) {
            Question(.purpose, "Is there a clear and legitimate purpose for sharing information?") {
                Answer("Yes", next: .share)
                Answer("No", next: .lawfulBasis)
            }
            Outcome(.share, "Share", kind: .share)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let diagnostics = FlowchartValidator(sourceRoot: root).validate(flowchart)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.location == BriefingEngine.SourceLocation(
            file: "Tests/BriefingEngineTests/FlowchartValidatorTests.swift", line: answerLine, column: 17))
        #expect(flowchart.location.line == answerLine - 3 && flowchart.location.column == 25)
        #expect(diagnostic.message == "answer \"No\" leads to 'lawfulBasis', which is not defined in \"When to share\"")
        #expect(diagnostic.sourceLine?.trimmingCharacters(in: .whitespaces) == "Answer(\"No\", next: .lawfulBasis)")
        #expect(diagnostic.hint?.contains("Question(.lawfulBasis, …)") == true)
    }
}
