import BriefingEngine
import Testing

/// Flowcharts built in code for the flowchart tests.
enum FlowchartFixtures {
    /// The file every hand-built fixture claims to come from.
    static let file = "content/Fixture.swift"

    static func at(_ line: Int) -> BriefingEngine.SourceLocation {
        BriefingEngine.SourceLocation(file: file, line: line, column: 9)
    }

    /// A valid two-question flowchart, built without the DSL so each element's line is fixed:
    ///
    ///     1 Flowchart("Test", start: a)
    ///     2   Question(a, "A?")   3 Yes → b   4 No → stop
    ///     5   Question(b, "B?")   6 Yes → go  7 No → stop
    ///     8   Outcome(go, "Go")
    ///     9   Outcome(stop, "Stop")
    static var small: Flowchart {
        Flowchart(
            id: "test", title: "Test", start: "a",
            nodes: [
                .question(FlowchartQuestion(
                    id: "a", text: "A?",
                    answers: [
                        FlowchartAnswer(label: "Yes", next: "b", location: at(3)),
                        FlowchartAnswer(label: "No", next: "stop", location: at(4)),
                    ], location: at(2))),
                .question(FlowchartQuestion(
                    id: "b", text: "B?",
                    answers: [
                        FlowchartAnswer(label: "Yes", next: "go", location: at(6)),
                        FlowchartAnswer(label: "No", next: "stop", location: at(7)),
                    ], location: at(5))),
                .outcome(FlowchartOutcome(id: "go", title: "Go", kind: .share, location: at(8))),
                .outcome(FlowchartOutcome(id: "stop", title: "Stop", kind: .doNotShare, location: at(9))),
            ],
            location: at(1))
    }

    /// A flowchart of another shape: three answers to the first question, two outcomes reached
    /// from two questions each, a custom outcome kind, and outcomes written before questions.
    enum Concern: String, FlowchartNodeID {
        case danger, worried, lead, callPolice, tellLead, record
    }

    static let whoToTell = Flowchart("Who to tell", id: "who-to-tell", start: Concern.danger) {
        Outcome(.callPolice, "Call 999", kind: FlowchartOutcomeKind("emergency"), rules: [5]) {
            "Call the police, then tell your safeguarding lead."
        }
        Question(.danger, "Is a child in immediate danger?", hint: "Think about the next few hours.") {
            Answer("Yes", next: .callPolice)
            Answer("No", next: .worried)
            Answer("Not sure", next: .lead)
        }
        Question(.worried, "Are you worried about the child's welfare?") {
            Answer("Yes", next: .tellLead)
            Answer("No", next: .record)
        }
        Question(.lead, "Can you reach your safeguarding lead now?", cites: ["working-together-2023"]) {
            Answer("Yes", next: .tellLead)
            Answer("No", next: .callPolice)
        }
        Outcome(.tellLead, "Tell your safeguarding lead today", kind: .seekAdvice, rules: [3])
        Outcome(.record, "Record your concern & keep watching <carefully>", kind: FlowchartOutcomeKind("record"), rules: [7])
    }
}

extension Flowchart: CustomTestStringConvertible {
    public var testDescription: String { id }
}
