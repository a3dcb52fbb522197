import Foundation

/// The preview's loop: waits for the watcher, lets an editor finish its save, then rebuilds —
/// one build at a time, reading the files as they are when it starts, so that after a burst of
/// saves the last state wins. A `.swift` file of `content/` is compiled (the terminal and every
/// open page say so first), and on success the preview restarts on the new binary.
public struct PreviewSession: Sendable {
    public var builder: PreviewBuilder
    public var watcher: FolderWatcher
    /// Nil when the content folder is not the package's own, whose Swift `swift build` compiles.
    public var swift: SwiftRebuild?
    /// Stops the server and removes the preview's folder, just before a restart.
    public var beforeRestart: @Sendable () async -> Void
    /// The command line to restart with.
    public var restartArguments: [String]

    /// How long to wait after the first event of a save for the rest of it (an editor may write
    /// several files, or a file and its backup).
    static let settle: Duration = .milliseconds(10)

    public init(builder: PreviewBuilder, watcher: FolderWatcher, swift: SwiftRebuild?, restartArguments: [String],
                beforeRestart: @escaping @Sendable () async -> Void) {
        self.builder = builder
        self.watcher = watcher
        self.swift = swift
        self.restartArguments = restartArguments
        self.beforeRestart = beforeRestart
    }

    /// Runs until the watcher stops.
    public func run() async {
        var swiftFailed = false
        for await _ in watcher.signals {
            try? await Task.sleep(for: Self.settle)
            let changed = watcher.take()
            guard !changed.isEmpty else { continue }
            let contentPath = builder.configuration.content.path + "/"
            let swiftFiles = changed.filter { $0.hasSuffix(".swift") && $0.hasPrefix(contentPath) }
            if !swiftFiles.isEmpty {
                swiftFailed = await rebuildSwift(swiftFiles) == false
            }
            if swiftFailed {
                builder.log("Swift still has errors: the preview shows them until a save fixes them")
                continue
            }
            await builder.build(after: changed)
        }
    }

    /// Compiles the package and restarts on success (not returning); false when it failed, or
    /// true when this content folder's Swift cannot be compiled here (the site is rebuilt as is).
    private func rebuildSwift(_ files: [String]) async -> Bool {
        let changed = builder.describe(files)
        guard let swift else {
            let note = "\(changed): Swift descriptions are compiled into briefing, and this content folder is not the package's own; run swift build and start briefing serve again to see it"
            builder.log(note)
            await builder.state.broadcast(.status(note))
            return true
        }
        let note = "\(changed): rebuilding Swift…"
        builder.log(note + " (" + swift.command.joined(separator: " ") + ")")
        await builder.state.broadcast(.status(note))
        let start = ContinuousClock.now
        let result = await swift.run()
        guard result.succeeded else {
            let errors = swift.errors(in: result.output)
            errors.forEach { builder.log($0) }
            builder.log("Swift did not build; the preview shows the errors and keeps the last good build")
            await builder.showFailure(
                heading: "Swift did not build",
                summary: "\(changed). swift build found \(errors.count) error\(errors.count == 1 ? "" : "s"). Fix and save: this page comes back by itself.",
                diagnostics: errors)
            return false
        }
        let seconds = (ContinuousClock.now - start).components.seconds
        builder.log("Swift built in \(seconds) s: restarting on the new briefing")
        await builder.state.broadcast(.status("Swift built: restarting…"))
        await beforeRestart()
        builder.log(swift.restart(arguments: restartArguments))
        exit(1)
    }
}
