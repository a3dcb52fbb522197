// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Everything in `content/` that is not Swift (briefing Markdown, images) is read by `briefing`
/// at build time, not compiled: list it so SwiftPM neither compiles it nor warns about it.
let authoredFiles: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("content").path
    let paths = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
    return paths.filter { path in
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) else { return false }
        return !isDirectory.boolValue && !path.hasSuffix(".swift")
    }.sorted()
}()

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingEngine", targets: ["BriefingEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // Debian's cmark-gfm (GitHub's reference CommonMark + GFM parser) and its extensions.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Debian's Graphviz (libgvc, libcgraph): the dot engine lays out the flowchart diagrams.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // One system call Swift's Glibc module does not expose: an atomic swap of two directories.
        .target(name: "CDirectorySwap"),
        // The engine: loading, validating, rendering and writing a site. Names no briefing.
        .target(
            name: "BriefingEngine",
            dependencies: [
                "CMarkGFM",
                "CGraphviz",
                "CDirectorySwap",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // What Markdown cannot carry: site settings, briefing descriptions, flowcharts, references.
        .target(
            name: "SiteContent",
            dependencies: ["BriefingEngine"],
            path: "content",
            exclude: authoredFiles
        ),
        // `briefing serve`'s live preview: builds with the engine, serves over HTTP, reloads on save.
        .target(
            name: "BriefingPreview",
            dependencies: ["BriefingEngine", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // The `briefing` command-line tool.
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingEngine",
                "BriefingPreview",
                "SiteContent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // bench/run's tool: `briefing build` through the engine's API, with synthetic flowcharts.
        .executableTarget(
            name: "briefing-bench",
            dependencies: ["BriefingEngine", "SiteContent"],
            path: "bench/Sources/BriefingBench"
        ),
        .testTarget(
            name: "BriefingEngineTests",
            dependencies: ["BriefingEngine", "SiteContent"]
        ),
        .testTarget(
            name: "BriefingPreviewTests",
            dependencies: ["BriefingPreview", "BriefingEngine", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
    ]
)
