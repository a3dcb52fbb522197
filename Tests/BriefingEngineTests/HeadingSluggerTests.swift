import BriefingEngine
import Testing

@Suite("Heading ids")
struct HeadingSluggerTests {
    @Test("slugs are readable and stable", arguments: [
        ("Why it matters (1)", "why-it-matters-1"),
        ("The 7 golden rules", "the-7-golden-rules"),
        ("  Café – consent  ", "cafe-consent"),
        ("Who? What! When…", "who-what-when"),
        ("!!!", "section"),
    ])
    func slug(text: String, expected: String) {
        #expect(HeadingSlugger.slug(text) == expected)
    }

    @Test("repeated headings and reserved ids get a numeric suffix")
    func unique() {
        var slugger = HeadingSlugger(reserved: ["main-content"])
        #expect(slugger.unique("Notes") == "notes")
        #expect(slugger.unique("Notes") == "notes-2")
        #expect(slugger.unique("Notes") == "notes-3")
        #expect(slugger.unique("Main content") == "main-content-2")
    }
}
