import ArgumentParser
import Foundation

/// Finds the Briefing package the command works on: the nearest folder, from the current one
/// upwards, holding both `Package.swift` and `content/`.
enum PackageRoot {
    static func find() throws -> URL {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        while true {
            let manifest = folder.appendingPathComponent("Package.swift").path
            let content = folder.appendingPathComponent("content").path
            if FileManager.default.fileExists(atPath: manifest) && FileManager.default.fileExists(atPath: content) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        printError("error: not inside a Briefing package (no Package.swift with a content/ folder here or above)\nhint: cd into the repository, or pass --content, --templates and --output")
        throw ExitCode(64)
    }
}

/// Writes to standard error, where diagnostics belong.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
