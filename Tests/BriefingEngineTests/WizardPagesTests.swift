import Foundation
import SiteContent
import Testing

@testable import BriefingEngine

/// The repository's own site (its briefing Markdown and Swift descriptions), built once into a
/// temporary folder for the wizard tests.
private let realSite = Task { () async throws -> Fixture in
    let fixture = try Fixture(briefings: [:])
    try fixture.copyRealContent()
    _ = try await fixture.builder(SiteContent.site).build()
    return fixture
}

private let seedSteps = WizardSteps(informationSharingFlowchart).steps
private let folder = "site/briefings/information-sharing/when-to-share"

/// The answers' positions (1-based) along a path, which name its pages.
func answerNumbers(_ path: FlowchartPaths.Path) -> [Int] {
    path.steps.map { step in (step.question.answers.firstIndex(of: step.answer) ?? 0) + 1 }
}

extension WizardSteps.Step: CustomTestStringConvertible {
    public var testDescription: String { "\(SitePaths.wizardStepName(answers)) (\(node.text))" }
}

extension FlowchartPaths.Path: CustomTestStringConvertible {
    public var testDescription: String {
        "answering " + steps.map(\.answer.label).joined(separator: ", ") + " says " + outcome.title
    }
}

@Suite("Decision aid pages")
struct WizardPagesTests {
    @Test("the briefing's flowchart panel links to the decision aid's start page, which says what it is and starts at a.html")
    func startPage() async throws {
        let site = try await realSite.value
        let briefing = try site.read("site/briefings/information-sharing/index.html")
        #expect(briefing.contains("<a href=\"when-to-share/index.html\">Use the decision aid: When to share</a>"))
        let start = try site.read("\(folder)/index.html")
        #expect(start.contains("<h1 class=\"heading-xl\">When to share</h1>"))
        #expect(start.contains("Nothing you choose or type leaves this device"))
        #expect(start.contains("It takes about 2 minutes: you answer 4 questions at most."))
        #expect(start.contains("<a href=\"a.html\" class=\"button button--start\">Start now"))
    }

    @Test("every sequence of answers has its own static page", arguments: seedSteps)
    func everyStepHasAPage(_ step: WizardSteps.Step) async throws {
        let site = try await realSite.value
        let page = try site.read("\(folder)/\(SitePaths.wizardStepName(step.answers)).html")
        #expect(page.contains("id=\"\(WizardSteps.anchor(of: step.node))\" tabindex=\"-1\" data-wizard-heading>\(step.node.text)</h1>"))
        #expect(page.contains("<script src=\"../../../assets/wizard."))
        for (index, answer) in step.node.answers.enumerated() {
            let next = SitePaths.wizardStepName(step.answers + [index + 1])
            #expect(page.contains("<li><a class=\"answer-link\" href=\"\(next).html\">\(answer.label)</a></li>"))
            #expect(page.contains("<label class=\"radios__label\" for=\"answer-\(index + 1)\">\(answer.label)</label>"))
        }
        if case .question = step.node {
            #expect(page.contains("<legend class=\"fieldset__legend\">"))
            #expect(page.contains("<h2 class=\"error-summary__title\" id=\"error-summary-title\">There is a problem</h2>"))
            #expect(page.contains("<button class=\"button\" type=\"submit\" data-js hidden>Continue</button>"))
        }
    }

    @Test("the outcome page lists every answer given, each with a Change link to its question", arguments: FlowchartPaths(informationSharingFlowchart).paths)
    func outcomeListsAnswers(_ path: FlowchartPaths.Path) async throws {
        let site = try await realSite.value
        let numbers = answerNumbers(path)
        let page = try site.read("\(folder)/\(SitePaths.wizardStepName(numbers)).html")
        #expect(page.contains("data-wizard-heading>\(path.outcome.title)</h1>"))
        for (index, step) in path.steps.enumerated() {
            let change = SitePaths.wizardStepName(Array(numbers[..<index])) + ".html"
            #expect(page.contains(
                "<dt class=\"summary-list__key\">\(step.question.text)</dt>\n<dd class=\"summary-list__value\">\(step.answer.label)</dd>\n"
                    + "<dd class=\"summary-list__actions\"><a href=\"\(change)\" data-wizard-change>Change<span class=\"visually-hidden\"> your answer to: \(step.question.text)</span></a></dd>"))
        }
        for rule in path.outcome.rules {
            #expect(page.contains("<a href=\"../../../briefings/information-sharing/index.html#the-7-golden-rules\">Rule \(rule)</a>: "))
        }
        #expect(page.contains("<textarea class=\"textarea\" id=\"record-reasons\""))
    }

    @Test("every page of the aid loads the flowchart's one data file, which the script reads")
    func dataFile() async throws {
        let site = try await realSite.value
        let files = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent(folder).path)
        let name = try #require(files.first { $0.hasPrefix("flowchart.") && $0.hasSuffix(".js") })
        #expect(files.filter { $0.hasSuffix(".js") } == [name])
        let data = try WizardDataFile(site.read("\(folder)/\(name)"))
        #expect(data.object["version"] as? String == informationSharingFlowchart.version)
        #expect(data.object["start"] as? String == "purpose")
        #expect(data.object["briefing"] as? String == "7 minutes briefing: Information Sharing")
        #expect(Set(data.nodes.keys) == Set(informationSharingFlowchart.nodes.map(\.id)))
        let consent = try #require(data.nodes["consent"]?["answers"] as? [[String: String]])
        #expect(consent.map { [$0["label"], $0["next"]] } == [["Yes", "share"], ["No", "identifiable"]])
        // Loaded, not carried: every page names it, just before the script, and holds no flowchart data.
        for step in seedSteps {
            let page = try site.read("\(folder)/\(SitePaths.wizardStepName(step.answers)).html")
            #expect(page.contains("<script src=\"\(name)\" defer></script>\n<script src=\"../../../assets/wizard."))
            #expect(!page.contains("application/json"))
        }
    }

    @Test("the script shows each step with the markup of its static page, from the same partial", arguments: seedSteps)
    func oneMarkup(_ step: WizardSteps.Step) async throws {
        let site = try await realSite.value
        let files = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent(folder).path)
        let name = try #require(files.first { $0.hasPrefix("flowchart.") && $0.hasSuffix(".js") })
        let data = try WizardDataFile(site.read("\(folder)/\(name)"))
        let page = try site.read("\(folder)/\(SitePaths.wizardStepName(step.answers)).html")
        let shown = try #require(page.components(separatedBy: "<div class=\"wizard__step\" data-wizard-step>\n").dropFirst().first?
            .components(separatedBy: "</div>\n<p class=\"wizard__start-again\">").first)
        var html = try #require(data.nodes[step.node.id]?["html"] as? String)
        // What only a static page has: links to the next pages, and the answers given so far.
        if case .question(let question) = step.node {
            for index in question.answers.indices {
                let next = SitePaths.wizardStepName(step.answers + [index + 1]) + ".html"
                html = html.replacingOccurrences(
                    of: "<a class=\"answer-link\" href=\"\">\(question.answers[index].label)<", with: "<a class=\"answer-link\" href=\"\(next)\">\(question.answers[index].label)<")
            }
        } else {
            var rows = ""
            for index in step.answers.indices {
                let before = Array(step.answers[..<index])
                let question = try #require(seedSteps.first { $0.answers == before }?.node)
                let answer = try #require((data.nodes[question.id]?["answers"] as? [[String: Any]])?[step.answers[index] - 1])
                rows += (answer["rowHTML"] as? String ?? "").replacingOccurrences(
                    of: "href=\"\"", with: "href=\"\(SitePaths.wizardStepName(before)).html\"")
            }
            html = html.replacingOccurrences(of: "data-wizard-answers>\n</dl>", with: "data-wizard-answers>\n" + rows + "</dl>")
        }
        #expect(shown == html)
    }

    @Test("a designer's edit to the question, outcome and answer partials changes the static pages and the script's data alike")
    func designersEdit() async throws {
        let fixture = try Fixture(briefings: ["telling": WhoToTellSite.briefing])
        defer { fixture.remove() }
        for (partial, mark) in [("wizard-question", "Q"), ("wizard-outcome", "O"), ("wizard-answer", "A")] {
            let path = "templates/partials/\(partial).mustache"
            try fixture.write(path, "<p class=\"designer\">Edited \(mark)</p>\n" + fixture.read(path))
        }
        _ = try await fixture.builder(WhoToTellSite.description).build()
        let aid = "site/briefings/telling/who-to-tell"
        #expect(try fixture.read("\(aid)/a.html").contains("<p class=\"designer\">Edited Q</p>"))
        let outcome = try fixture.read("\(aid)/a-2-2.html")
        #expect(outcome.contains("<p class=\"designer\">Edited O</p>"))
        #expect(outcome.components(separatedBy: "<p class=\"designer\">Edited A</p>").count == 3)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent(aid).path)
            .first { $0.hasPrefix("flowchart.") })
        let data = try WizardDataFile(fixture.read("\(aid)/\(name)"))
        for (id, node) in data.nodes {
            let mark = node["type"] as? String == "question" ? "Q" : "O"
            #expect((node["html"] as? String)?.hasPrefix("<p class=\"designer\">Edited \(mark)</p>") == true, "\(id)")
            for answer in node["answers"] as? [[String: Any]] ?? [] {
                #expect((answer["rowHTML"] as? String)?.hasPrefix("<p class=\"designer\">Edited A</p>") == true, "\(id)")
            }
        }
    }

    @Test("a cited question or outcome is linked from the references page at the aid's page where it first appears")
    func citationsLandOnTheQuestion() async throws {
        let site = try await realSite.value
        let references = try site.read("site/references/index.html")
        for (page, anchor) in [("a-1.html", "question-consent"), ("a-1-2-1.html", "question-lawfulReason"), ("a-1-1.html", "outcome-share"), ("a-2.html", "outcome-doNotShare")] {
            #expect(references.contains("href=\"../briefings/information-sharing/when-to-share/\(page)#\(anchor)\""), "\(page)#\(anchor)")
            #expect(try site.read("\(folder)/\(page)").contains("id=\"\(anchor)\""))
        }
    }
}

@Suite("Decision aid guidance")
struct WizardGuidanceTests {
    @Test("a broken link in an outcome's guidance fails the build at the Outcome's Swift line")
    func brokenGuidanceLink() async throws {
        let fixture = try Fixture(briefings: ["example": "# Example\n\n## Decide\n\nDecide."])
        defer { fixture.remove() }
        let line = #line + 1
        let outcome = Outcome(GuidanceNode.done, "Done", kind: .share) { "See [the rules](/rules.html) and [law](ref:nothing)." }
        let found = await diagnostics { _ = try await fixture.builder(Self.site(endingIn: outcome)).build() }
        #expect(found.map(\.message) == [
            "in the guidance of outcome 'done': an address starting with / breaks when the site is opened from disk or a sub-folder",
            "in the guidance of outcome 'done': there is no reference 'nothing'",
        ])
        #expect(found.allSatisfy { $0.location.file == "Tests/BriefingEngineTests/WizardPagesTests.swift" && $0.location.line == line })
    }

    @Test("an outcome pointing to a rule the briefing does not list fails the build at the Outcome's rules:", arguments: [
        ("# Example\n\n## The 2 golden rules\n\n1. First.\n2. Second.\n\n## Decide\n\nDecide.", "The 2 golden rules",
         "outcome 'done' points to rule 3, but the panel 'The 2 golden rules' lists rules 1 to 2"),
        ("# Example\n\n## The 2 golden rules\n\n1. First.\n2. Second.\n\n## Decide\n\nDecide.", nil,
         "outcome 'done' points to rule 3, but the description of briefing 'example' names no panel of rules"),
        ("# Example\n\n## Decide\n\nDecide.", nil,
         "outcome 'done' points to rule 3, but the description of briefing 'example' names no panel of rules"),
    ])
    func missingRule(markdown: String, rulesPanel: String?, message: String) async throws {
        let fixture = try Fixture(briefings: ["example": markdown])
        defer { fixture.remove() }
        let line = #line + 1
        let outcome = Outcome(GuidanceNode.done, "Done", kind: .share, rules: [2, 3])
        let found = await diagnostics { _ = try await fixture.builder(Self.site(endingIn: outcome, rulesPanel: rulesPanel)).build() }
        let expected = rulesPanel != nil ? [message] : [message.replacingOccurrences(of: "rule 3", with: "rule 2"), message]
        #expect(found.map(\.message) == expected)
        #expect(found.allSatisfy { $0.location.line == line && $0.hint != nil })
        if rulesPanel == nil, markdown.contains("rules") {
            #expect(found.first?.hint?.contains("rulesPanel: \"The 2 golden rules\"") == true, "\(found)")
        }
    }

    /// A site whose briefing `example` has one flowchart: "Go ahead?", both answers ending in `outcome`.
    private static func site(endingIn outcome: Outcome<GuidanceNode>, rulesPanel: String? = nil) -> SiteDescription {
        let flowchart = Flowchart("Decide", id: "decide", start: GuidanceNode.ask) {
            Question(.ask, "Go ahead?") {
                Answer("Yes", next: .done)
                Answer("No", next: .done)
            }
            outcome
        }
        return SiteDescription(title: "T", tagline: "t", briefings: [BriefingDescription("example", flowcharts: [flowchart], rulesPanel: rulesPanel)])
    }
}

private enum GuidanceNode: String, FlowchartNodeID {
    case ask, done
}

/// A decision aid's data file (`flowchart.<fingerprint>.js`): the JSON it gives `window.briefingWizard`.
struct WizardDataFile {
    let object: [String: Any]

    init(_ text: String) throws {
        let prefix = "window.briefingWizard = "
        let json = try #require(text.components(separatedBy: prefix).dropFirst().first?.components(separatedBy: ";\n").first)
        object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    var nodes: [String: [String: Any]] { object["nodes"] as? [String: [String: Any]] ?? [:] }
}
