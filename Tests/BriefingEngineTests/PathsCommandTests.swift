import Foundation
import Testing

/// Runs the built `briefing` executable in `folder`; returns its exit status, standard output and
/// standard error.
private func briefing(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
    let found = try Fixture.briefingExecutable()
    let process = Process()
    process.executableURL = found
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both before waiting: a child blocked on a full pipe would never exit.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

@Suite("briefing paths --compare", .serialized)
struct PathsCommandTests {
    @Test("exit 0 with no change, 1 when a situation's outcome changed, 64 for a file that cannot be compared")
    func exitCodes() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let json = try briefing(["paths", "--json"], in: fixture.root)
        #expect(json.status == 0)
        try fixture.write("before.json", json.output)

        let same = try briefing(["paths", "--compare", "before.json"], in: fixture.root)
        #expect(same.status == 0)
        #expect(same.output.hasSuffix("No situation is decided differently.\n"))

        // As if the flowchart had said "You can share" where the last question is answered No.
        var documents = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        var paths = try #require(documents[0]["paths"] as? [[String: Any]])
        let share = try #require(paths[0]["outcome"])
        paths[2]["outcome"] = share
        documents[0]["paths"] = paths
        try fixture.write("before.json", try JSONSerialization.data(withJSONObject: documents))
        let changed = try briefing(["paths", "--compare", "before.json"], in: fixture.root)
        #expect(changed.status == 1)
        #expect(changed.output.contains("""
              1 situation is decided differently:
                - Is there a clear and legitimate purpose for sharing information? Yes → Do you have consent to share? No → Does the information enable an individual to be identified? Yes → Have you identified a lawful reason to share information without consent? No
                  was: You can share but should consider how
                  now: Do not share
            """))
        #expect(changed.output.hasSuffix("sign-off page: site/briefings/information-sharing/when-to-share/sign-off.html\n"))

        try fixture.write("before.json", "not json")
        let bad = try briefing(["paths", "--compare", "before.json"], in: fixture.root)
        #expect(bad.status == 64)
        #expect(bad.errors.hasPrefix("error: before.json is not JSON: "))
        #expect(bad.errors.contains("\nhint: make it with 'briefing paths --json > before.json' before the change"))
        #expect(!bad.errors.contains("Fatal error"))

        #expect(try briefing(["paths", "--json", "--compare", "before.json"], in: fixture.root).status == 64)
    }
}
