import Testing

@testable import BriefingEngine

/// One FNV-1a hash for asset names and flowchart versions (there were two copies).
@Suite("Content hash")
struct ContentHashTests {
    @Test("the hash is FNV-1a 64-bit, cut to the digits asked for", arguments: [
        ("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
    ])
    func knownValues(text: String, hash: String) {
        #expect(ContentHash.hex(text.utf8, digits: 16) == hash)
        #expect(ContentHash.hex(text.utf8) == String(hash.prefix(10)))
    }

    @Test("a flowchart's version is the content hash of its canonical text")
    func flowchartVersion() {
        let flowchart = FlowchartFixtures.whoToTell
        #expect(flowchart.version == ContentHash.hex(flowchart.canonicalText.utf8, digits: 16))
    }
}
