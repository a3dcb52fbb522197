import Foundation
import Testing

/// Runs the built `briefing` executable (beside this test bundle) in `folder`.
private func briefing(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, process: Process) {
    let process = try start(arguments, in: folder)
    // Read everything first: a child blocked on a full pipe would never exit.
    let pipe = process.standardError as! Pipe
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output, process)
}

private func start(_ arguments: [String], in folder: URL, capture: Bool = true) throws -> Process {
    let found = try Fixture.briefingExecutable()
    let process = Process()
    process.executableURL = found
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardError = capture ? Pipe() : FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    return process
}

@Suite("The briefing command", .serialized)
struct CommandLineTests {
    @Test("errors print as path:line:col: error: with a hint, and exit 1")
    func errorFormat() throws {
        let fixture = try Fixture(briefings: ["example": "# Example\n\n[x](/abs)"])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let result = try briefing(["build", "--content", "content", "--templates", "templates", "--output", "site"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.output.contains("content/example.md:3:1: error: an address starting with / breaks"))
        #expect(result.output.contains("\n    [x](/abs)\n    ^\nhint: "))
    }

    @Test("refusing the output exits 2; check writes nothing")
    func exitCodes() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.copyRealContent()
        try fixture.write("site/mine.txt", "mine")
        #expect(try briefing(["build"], in: fixture.root).status == 2)
        try FileManager.default.removeItem(at: fixture.site)
        let check = try briefing(["check"], in: fixture.root)
        #expect(check.status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.site.path))
    }

    @Test("check does not refuse an output it would not write: a build's refusal is a warning, and it exits 0")
    func checkWritesNothing() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let missing = fixture.root.appendingPathComponent("no-such-folder/site").path
        let check = try briefing(["check", "--output", missing], in: fixture.root)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("warning: briefing build would stop here: the folder \(fixture.root.path)/no-such-folder does not exist"))
        #expect(!check.output.contains("nothing was written"))
        #expect(try briefing(["build", "--output", missing], in: fixture.root).status == 2)
    }

    @Test("a build killed midway leaves the previous site intact, and the next build succeeds")
    func killedMidway() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.copyRealContent()
        #expect(try briefing(["build"], in: fixture.root).status == 0)
        let before = fixture.tree(fixture.site)
        let long = (1...60).map { "## Panel \($0)\n\n" + String(repeating: "Some *text* with a [link](#panel-1). ", count: 40) }.joined(separator: "\n\n")
        for number in 1...200 { try fixture.write("content/b\(number).md", "# Briefing \(number)\n\n" + long) }
        var killedDuringBuild = false
        for delay in [0.05, 0.15, 0.4, 1.0] {
            let process = try start(["build"], in: fixture.root, capture: false)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedDuringBuild = true
            }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                #expect(fixture.tree(fixture.site) == before, "killed after \(delay) s: the previous site changed")
            }
        }
        #expect(killedDuringBuild, "the build finished too fast to be killed; make the fixture larger")
        #expect(try briefing(["build"], in: fixture.root).status == 0)
        let leftovers = try fixture.stagingLeftovers()
        #expect(leftovers.isEmpty, "the abandoned staging folder is cleaned up: \(leftovers)")
    }
}
