import Foundation
import Testing

@testable import BriefingEngine

/// Questions for discussion (a last panel headed "Questions for discussion") and presenter notes
/// (a quote beginning "Notes:"), on every page that shows a briefing, over the fixture site's
/// `discussion` and `empty-questions` briefings and briefings made for one test.
@Suite("Questions for discussion and presenter notes")
struct DiscussionQuestionsTests {
    /// The text between `start` and the next `end` after it, or "" when `start` is missing.
    private func slice(_ page: String, from start: String, to end: String) -> String {
        guard let open = page.range(of: start), let close = page.range(of: end, range: open.upperBound..<page.endIndex) else { return "" }
        return String(page[open.lowerBound..<close.upperBound])
    }

    @Test("notes show under their screen in present mode, without the Notes: marker, and nowhere else")
    func notesOnlyInPresentMode() async throws {
        let fixture = try await PresentFixtureSite.build()
        defer { fixture.remove() }
        let present = try fixture.read("site/briefings/discussion/present.html")
        let title = slice(present, from: "aria-labelledby=\"title-screen\"", to: "</section>")
        #expect(title.contains("<details class=\"slide__notes\" data-present-notes>"))
        #expect(title.contains("<p>Welcome the team and say that the briefing takes seven minutes.</p>"))
        let first = slice(present, from: "aria-labelledby=\"what-neglect-is\"", to: "</section>")
        #expect(first.contains("<p>Ask who has met neglect in their work this year.\nKeep it to two or three answers.</p>"))
        #expect(first.contains("<blockquote>\n<p>A practitioner’s words, quoted on the page.</p>\n</blockquote>"))
        // "Notes:" alone on its line: the marker and the line break go.
        let second = slice(present, from: "aria-labelledby=\"what-to-look-for\"", to: "</section>")
        #expect(second.contains("<div class=\"slide__notes-body\">\n<p>The definition is in <a class=\"citation\" href=\"../../references/index.html#working-together-2023\">Working together</a>.</p>"))
        #expect(!present.contains("Notes:"))
        #expect(present.components(separatedBy: "data-present-notes>").count - 1 == 4)
        #expect(present.contains("data-present-has-notes hidden>Speaker notes</button>"))

        for page in ["index.html", "print.html", "record.html"] {
            let html = try fixture.read("site/briefings/discussion/\(page)")
            #expect(!html.contains("Ask who has met neglect"), "notes on \(page)")
            #expect(!html.contains("Welcome the team"), "notes on \(page)")
            #expect(!html.contains("Leave five minutes"), "notes on \(page)")
            #expect(!html.contains("Notes:"), "the marker on \(page)")
        }
        let page = try fixture.read("site/briefings/discussion/index.html")
        #expect(page.contains("<blockquote>\n<p>A practitioner’s words, quoted on the page.</p>\n</blockquote>"))
        // A reference cited only in notes is linked there, not listed as cited on the page.
        let references = try fixture.read("site/references/index.html")
        #expect(!references.contains("discussion/index.html#cite-"))
    }

    @Test("a briefing without notes has no speaker notes, and its present mode no notes to show")
    func noNotes() async throws {
        let fixture = try await PresentFixtureSite.build()
        defer { fixture.remove() }
        let present = try fixture.read("site/briefings/twenty/present.html")
        #expect(!present.contains("data-present-notes>"))
    }

    @Test("the questions are a box after the numbered panels, the handout's last block and the screen before the record")
    func questionsEverywhere() async throws {
        let fixture = try await PresentFixtureSite.build()
        defer { fixture.remove() }
        let page = try fixture.read("site/briefings/discussion/index.html")
        let panels = slice(page, from: "<ol class=\"panels\"", to: "</ol>\n")
        #expect(!panels.contains("Questions for discussion"))
        #expect(panels.components(separatedBy: "<span class=\"panel__number\">").count - 1 == 2)
        let box = slice(page, from: "<section class=\"discussion\" aria-labelledby=\"questions-for-discussion\">", to: "</section>")
        #expect(box.contains("<h2 class=\"discussion__title\" id=\"questions-for-discussion\">Questions for discussion <a class=\"self-link\""))
        #expect(box.contains("<li>Who is your safeguarding lead, and how do you reach them out of hours?</li>"))

        let handout = try fixture.read("site/briefings/discussion/print.html")
        let questions = slice(handout, from: "<div class=\"handout-panel handout-panel--questions\">", to: "</ol>")
        #expect(questions.contains("<li>What would you do if a child told you they were hungry?</li>"))
        #expect(!handout.contains("data-questions-left-off"))

        let present = try fixture.read("site/briefings/discussion/present.html")
        let screens = present.components(separatedBy: "data-slide data-screen=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(screens == ["1", "2", "3", "4", "5"])
        #expect(present.contains("data-screens=\"5\""))
        #expect(present.contains("<section class=\"slide slide--questions\" aria-labelledby=\"questions-for-discussion\" data-slide data-screen=\"4\" data-screen-label=\"Questions for discussion\">"))
        let next = present.components(separatedBy: "<p class=\"slide__next\"><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(next == ["#what-neglect-is", "#what-to-look-for", "#questions-for-discussion", "#record-this-session"])
        let last = slice(present, from: "aria-labelledby=\"questions-for-discussion\"", to: "</section>")
        #expect(last.contains("<p>Leave five minutes for these.</p>"))
    }

    /// What may stand under a questions heading with no questions: nothing (the fixture site's
    /// `empty-questions`), white space, an empty list, presenter notes only.
    static let noQuestions = ["", "\n\n   \n\t\n", "\n\n-\n-\n", "\n\n> Notes: ask the team what they would do.\n"]

    @Test("a questions panel with no questions is left off the page, the handout and present mode, with a warning at its heading", arguments: noQuestions)
    func emptyQuestions(under heading: String) async throws {
        let text = "# Questions still to write\n\n## The only point\n\nThe questions are not written yet.\n\n## Questions for discussion" + heading
        let fixture = try Fixture(briefings: ["empty-questions": text])
        defer { fixture.remove() }
        let (files, warnings) = try await fixture.builder().plan()
        let empty = warnings.filter { $0.message.contains("has no questions") }
        #expect(empty.count == 1)
        #expect(empty.first?.message == "'## Questions for discussion' has no questions under it, so it is left out of the briefing page, the handout and present mode")
        #expect(empty.first?.location.description == "content/empty-questions.md:7:1")
        #expect(empty.first?.description.contains("    ## Questions for discussion\n    ^") == true)
        #expect(empty.first?.hint?.contains("list the questions") == true)
        for page in ["index.html", "print.html", "present.html"] {
            let file = try #require(files.first { $0.path == "briefings/empty-questions/\(page)" })
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(!html.contains("Questions for discussion"), "an empty questions box on \(page)")
        }
        let present = String(decoding: try #require(files.first { $0.path == "briefings/empty-questions/present.html" }).data, as: UTF8.self)
        #expect(present.contains("data-screens=\"3\""))
    }

    @Test("a questions heading that is not the last panel is an ordinary numbered panel, with a warning at its line")
    func questionsNotLast() async throws {
        let fixture = try Fixture(briefings: [
            "early": "# Early questions\n\n## Questions for discussion\n\n- Why?\n\n## Afterwards\n\nMore text.\n",
        ])
        defer { fixture.remove() }
        let summary = try await fixture.builder().build()
        let warning = summary.warnings.first { $0.message.contains("is not the last panel") }
        #expect(warning?.location.description == "content/early.md:3:1")
        let page = try fixture.read("site/briefings/early/index.html")
        #expect(page.contains("<span class=\"panel__number\">1</span> Questions for discussion"))
        #expect(!page.contains("class=\"discussion\""))
    }

    @Test("questions that would push the handout past one page are left off it, and briefing check says so at their heading")
    func questionsLeftOffALongHandout() async throws {
        let long = (1...9).map { "## Panel \($0)\n\n" + String(repeating: "A sentence of the panel, long enough to fill the page. ", count: 7) }
        let briefing = "# A long briefing\n\n" + long.joined(separator: "\n\n")
            + "\n\n## Questions for discussion\n\n" + (1...6).map { "- Question \($0): what would you do, and who would you tell first?" }.joined(separator: "\n")
        let fixture = try Fixture(briefings: ["long": briefing])
        defer { fixture.remove() }
        let builder = fixture.builder()
        let (files, warnings) = try await builder.plan()
        let handout = try #require(files.first { $0.path == "briefings/long/print.html" })
        let html = String(decoding: handout.data, as: UTF8.self)
        #expect(!html.contains("handout-panel--questions"))
        let measured = HandoutFit.handout("long", page: handout)
        let leftOff = try #require(measured.questionsLeftOff)
        #expect(leftOff > HandoutFit.Budget.standard.withoutDiagram)
        #expect(measured.characters <= HandoutFit.Budget.standard.withoutDiagram)
        // What briefing check prints: the plan's warnings, then the handouts measured.
        let checked = (warnings + HandoutFit(printer: nil).warnings(for: files)).filter { $0.message.contains("left off") }
        #expect(checked.count == 1)
        let warning = try #require(checked.first)
        #expect(warning.message == "the questions for discussion are left off the one-page handout of \u{201C}A long briefing\u{201D}: with them it would have about \(leftOff) characters, and about 3600 fit")
        // At the heading, line 39 (after the title and nine panels of four lines), not at line 1.
        #expect(warning.location.description == "content/long.md:39:1")
        #expect(warning.description.contains("    ## Questions for discussion\n    ^"))
        // The page and present mode show them still.
        let page = try #require(files.first { $0.path == "briefings/long/index.html" })
        #expect(String(decoding: page.data, as: UTF8.self).contains("Question 6: what would you do"))
    }
}
