import ArgumentParser
import BriefingEngine
import BriefingPreview
import Foundation
import SiteContent

/// `briefing serve`: a live preview. Builds the site into a temporary folder of its own (never
/// `site/`), serves it on the loopback address, rebuilds on every save in `content/` or
/// `templates/` and reloads the open pages, showing a failed build's errors in them.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: build it, serve it, and rebuild and reload the open pages on every save.",
        discussion: """
            The site is built into a temporary folder (never site/) that is removed when the preview \
            ends (Ctrl-C). A change to a .swift file in content/ runs swift build --product briefing and \
            restarts the preview on the new binary, at the same address. Exit codes: 0 stopped by Ctrl-C \
            or SIGTERM, 2 the address cannot be served (the port is in use), 64 a wrong command line.
            """)

    @Option(help: "The address to listen on; the default serves this machine only.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8000

    @Option(help: "The folder of briefing Markdown (default: content/ in the package root).")
    var content: String?

    @Option(help: "The folder of Mustache templates, CSS and scripts (default: templates/).")
    var templates: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let folders = try FolderOptions.parse(
            (content.map { ["--content", $0] } ?? []) + (templates.map { ["--templates", $0] } ?? []))
        let temporary = try PreviewFolder.make()
        // From here on, Ctrl-C removes the folder, even during the first build.
        StopSignals.onStop {
            PreviewFolder.remove(temporary)
            say("Stopped; removed \(temporary.path)")
        }
        var configuration = try folders.configuration()
        configuration.output = temporary.appendingPathComponent("site")
        configuration.flushesToDisk = false  // a throwaway folder: the flush only costs time
        let state = PreviewState()
        let builder = PreviewBuilder(site: site, configuration: configuration, state: state) { say($0) }
        let responder = PreviewResponder(folder: ServedFolder(temporary.appendingPathComponent("site")), state: state)

        let server: PreviewServer
        do {
            server = try await PreviewServer.start(host: host, port: port, responder: responder)
        } catch let failure as PreviewServer.BindFailure {
            PreviewFolder.remove(temporary)
            printError(failure.description)
            throw ExitCode(2)
        }
        await builder.build()
        let watcher = try FolderWatcher(folders: [configuration.content, configuration.templates])
        let ownContent = configuration.content.path == configuration.packageRoot.appendingPathComponent("content").path
        let session = PreviewSession(
            builder: builder, watcher: watcher,
            swift: ownContent ? SwiftRebuild(packageRoot: configuration.packageRoot) : nil,
            restartArguments: restartArguments(port: server.port),
            beforeRestart: {
                watcher.stop()
                await server.stop()
                PreviewFolder.remove(temporary)
            })
        say("Serving \(builder.configuration.displayName(configuration.content))/ and \(builder.configuration.displayName(configuration.templates))/ at \(server.address) (Ctrl-C to stop)")
        say("Watching for changes; the site is built in \(temporary.path), never in site/")
        await session.run()
    }

    /// The same command, at the port actually served (a free one, if 0 was asked for).
    private func restartArguments(port served: Int) -> [String] {
        ["serve", "--host", host, "--port", String(served)]
            + (content.map { ["--content", URL(fileURLWithPath: $0).standardizedFileURL.path] } ?? [])
            + (templates.map { ["--templates", URL(fileURLWithPath: $0).standardizedFileURL.path] } ?? [])
    }
}

/// Writes a line to standard output at once: `print` holds lines back when the output is a pipe
/// or a file, and a preview's log is read as it happens.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
