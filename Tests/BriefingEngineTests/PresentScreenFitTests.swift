import Foundation
import Testing

@testable import BriefingEngine

/// `briefing check` (and `build`) warn at a panel's heading when it is too long for one present-mode
/// screen at 1280×720, saying by about how much; the fixture site's `twenty` briefing has four
/// such panels of different shapes (panels 4, 9, 12 and 15), one that only just fits (18) and
/// fifteen short ones. (How close the estimate is to Chromium is measured
/// by Tests/present, on the same panels.)
@Suite("Present mode: panels too long for one screen")
struct PresentScreenFitTests {
    @Test("each panel too long for one screen is named at its heading with its overflow; panels that fit are not")
    func longPanelsAreNamed() async throws {
        let (fixture, warnings) = try await PresentFixtureSite.buildWithWarnings()
        defer { fixture.remove() }
        let long = warnings.filter { $0.message.contains("too long for one present-mode screen") }
        #expect(long.map(\.location.description) == [
            "content/twenty.md:17:1", "content/twenty.md:37:1", "content/twenty.md:64:1", "content/twenty.md:86:1",
        ])
        let paragraph = try #require(long.first)
        #expect(paragraph.message == "panel \u{201C}Panel number 4\u{201D} is too long for one present-mode screen: at 1280\u{D7}720 about 276 px (7 lines of text) do not fit, and it scrolls")
        #expect(paragraph.hint?.contains("shorten it by about 7 lines or split it into two panels") == true)
        #expect(!long.contains { $0.message.contains("Panel number 18") })
    }

    static let line = 42.784
    static let shapes: [(html: String, height: Double)] = [
        ("<p>" + String(repeating: "word ", count: 15) + "</p>", line),
        ("<p>" + String(repeating: "word ", count: 16) + "</p>", 2 * line),
        ("<p>One</p>\n<p>Two</p>", 2 * line + 18.336),
        ("<ul>\n<li>One</li>\n<li>Two</li>\n</ul>", 2 * line + 2 * 9.168),
        // A quote's top margin stays inside the screen's text (its own formatting context).
        ("<blockquote>\n<p>One</p>\n</blockquote>\n<p>Two</p>", 2 * line + 2 * 30.56),
        ("<table><tr><td>A</td><td>B</td></tr></table>", line + 17),
        ("<p>A <svg><text>not on the screen</text></svg>picture</p>", line),
    ]

    @Test("the estimate grows with the text: lines at the screen's width, margins, indents and rows", arguments: shapes)
    func estimate(shape: (html: String, height: Double)) {
        #expect(abs(PresentScreenFit().bodyHeight(shape.html) - shape.height) < 0.01, "\(shape.html)")
    }
}
