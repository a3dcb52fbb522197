import Foundation

extension Fixture {
    /// The built `briefing` executable, for tests that run the real command: beside the test
    /// bundle, else in the package's debug build folder.
    static func briefingExecutable() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing")
        let candidates = [beside, repository.appendingPathComponent(".build/debug/briefing")]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build the briefing executable first: swift build"])
        }
        return found
    }
}
