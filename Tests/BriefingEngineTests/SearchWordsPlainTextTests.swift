import CMarkGFM
import Foundation
import Testing

@testable import BriefingEngine

/// The search words come from a walk of cmark-gfm's tree (`CMarkTree.words`), which replaced its
/// plain-text renderer for speed: on Markdown of every shape a briefing uses, both give the same
/// words, list numbers included.
@Suite struct SearchWordsPlainTextTests {
    static let samples = [
        "# Title\n\nA paragraph with *emphasis*, **strong**, `code` and a [link](https://example.org/a-b).",
        "1. one\n2. two\n3. three\n\n- bullet\n- another\n  1. nested\n  2. nested two",
        "3. starts at three\n4. four\n\n10) ten\n11) eleven",
        "| Who | Phone |\n|---|---|\n| Front door | 0300 123 4567 |\n| Police | 101 |",
        "```\ncode block words\nsecond line\n```\n\n    indented code",
        "> quoted *text*\n> over lines\n\nHard  \nbreak and soft\nbreak",
        "un*bold*ed and ~~struck~~ and https://example.org/autolink and <https://example.org/x>",
        "![alt words](image.png) and <span>raw html</span> and an &amp; entity",
        "- [ ] task one\n- [x] task two\n\n***\n\nAfter the rule. \"Quotes\" -- dashes --- and it's smart",
        "Setext heading\n===\n\nWords\n---\n\nend",
    ]

    @Test("the tree walk gives the plain-text renderer's words", arguments: samples)
    func sameWords(markdown: String) throws {
        #expect(SearchWords.unique(in: words(markdown, rendered: false)) == SearchWords.unique(in: words(markdown, rendered: true)))
    }

    /// Every top-level block's words, by the tree walk or by `cmark_render_plaintext`.
    private func words(_ markdown: String, rendered: Bool) -> String {
        CMarkSetup.extensionsRegistered
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let parser = cmark_parser_new(options)
        defer { cmark_parser_free(parser) }
        for name in CMarkSetup.extensionNames {
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name))
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        let document = cmark_parser_finish(parser)
        defer { cmark_node_free(document) }
        var text = ""
        var block = cmark_node_first_child(document)
        while let node = block {
            block = cmark_node_next(node)
            if rendered {
                let plain = cmark_render_plaintext(node, options, 0)
                text += plain.map { String(cString: $0) } ?? ""
                free(plain)
            } else {
                text += CMarkTree.words(node)
            }
            text += "\n"
        }
        return text
    }
}
