import CGraphviz
import Foundation

/// Runs Graphviz's dot engine, in process, on a graph in the DOT language and reads back where
/// it put each node's centre and each edge's spline, in points with y pointing up as dot gives
/// them. Graphviz keeps global state and is not thread-safe, and pages render concurrently, so
/// every use of it holds one lock. Nil when Graphviz cannot read or lay out the graph.
///
/// A flowchart is drawn on its briefing's page, handout and present mode, and checked for print
/// in validate: each graph is laid out once per process and its result kept, by its DOT text.
///
/// The same text always gives the same numbers with the same Graphviz: dot's layout has no random
/// step, the graph is given only generated names and sizes (no text, so no font), numbers are
/// read in the C locale, and the version is pinned by Debian bookworm's libgraphviz-dev (2.42.2;
/// `dot -V` says 2.43.0), which a test checks (`version`).
enum GraphvizLayout {
    struct Point: Hashable {
        var x: Double
        var y: Double
    }

    struct Placed {
        var width: Double
        var height: Double
        /// Each node's centre, by name.
        var nodes: [String: Point]
        /// Each edge's cubic Bézier spline, by its `id` attribute.
        var edges: [String: [Point]]
    }

    private static let lock = NSLock()
    /// Made once, under the lock: loading Graphviz's plugins is the slow part of a first layout.
    nonisolated(unsafe) private static var context: OpaquePointer?
    /// Each graph laid out so far (nil when it could not be), by its DOT text. Read and written under the lock.
    nonisolated(unsafe) private static var laidOut: [String: Placed?] = [:]

    /// The version of the Graphviz library in use, as it reports it ("2.43.0" in Debian bookworm,
    /// whose package is 2.42.2).
    /// The committed site was laid out by that version; another may place boxes differently.
    static var version: String {
        lock.withLock {
            openContext()
            return context.flatMap { gvcVersion($0) }.map { String(cString: $0) } ?? "unknown"
        }
    }

    /// Makes the context once; the caller holds the lock.
    private static func openContext() {
        if context == nil {
            agseterr(AGERR)  // warnings would go to standard error; errors make the layout nil
            context = dotOnlyContext() ?? gvContext()
        }
    }

    /// A context with dot's layout plugin only. `gvContext()` offers every installed plugin, and
    /// the first layout then loads the text-layout one (Pango, Cairo, fontconfig and their dozens
    /// of libraries: about 20 ms, a third of building the real site) although no box has text to
    /// measure. The plugin is the file Debian installs beside libgvc (`graphviz/`), found from
    /// where the process mapped libgvc; nil if it is not there, and the caller uses `gvContext()`.
    private static func dotOnlyContext() -> OpaquePointer? {
        // Read to the end: the file reports no size, so a read by its size finds nothing.
        guard let data = try? FileHandle(forReadingAtPath: "/proc/self/maps")?.readToEnd(),
              let maps = String(data: data, encoding: .utf8),
              let line = maps.split(separator: "\n").first(where: { $0.hasSuffix("/libgvc.so.6") || $0.contains("/libgvc.so.6.") }),
              let start = line.firstIndex(of: "/")
        else { return nil }
        let folder = URL(fileURLWithPath: String(line[start...])).deletingLastPathComponent()
        let plugin = folder.appendingPathComponent("graphviz/libgvplugin_dot_layout.so.6").path
        guard let handle = dlopen(plugin, RTLD_NOW), let library = dlsym(handle, "gvplugin_dot_layout_LTX_library") else { return nil }
        // Graphviz keeps the list for the context's life, which is the process's.
        let builtins = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: 2)
        builtins[0] = lt_symlist_t(name: UnsafePointer(strdup("gvplugin_dot_layout_LTX_library")), address: library)
        builtins[1] = lt_symlist_t(name: nil, address: nil)
        return gvContextPlugins(builtins, 0)
    }

    /// `reuse: false` lays the graph out again even if it was before (for timing a layout).
    static func layout(_ dot: String, reuse: Bool = true) -> Placed? {
        lock.withLock {
            if reuse, let known = laidOut[dot] { return known }
            let placed = run(dot)
            laidOut[dot] = placed
            return placed
        }
    }

    /// Lays `dot` out; the caller holds the lock.
    private static func run(_ dot: String) -> Placed? {
        openContext()
        guard let context, let graph = agmemread(dot) else { return nil }
        defer { agclose(graph) }
        guard gvLayout(context, graph, "dot") == 0 else { return nil }
        defer { gvFreeLayout(context, graph) }
        attach_attrs(graph)
        guard let box = numbers(attribute(graph, "bb")), box.count == 4 else { return nil }
        var placed = Placed(width: box[2] - box[0], height: box[3] - box[1], nodes: [:], edges: [:])
        var node = agfstnode(graph)
        while let current = node {
            guard let centre = numbers(attribute(current, "pos")), centre.count == 2 else { return nil }
            placed.nodes[String(cString: agnameof(current))] = Point(x: centre[0] - box[0], y: centre[1] - box[1])
            var edge = agfstout(graph, current)
            while let out = edge {
                guard let spline = spline(attribute(out, "pos")) else { return nil }
                placed.edges[attribute(out, "id") ?? ""] = spline.map { Point(x: $0.x - box[0], y: $0.y - box[1]) }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        return placed
    }

    private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        name.withCString { key in
            agget(object, UnsafeMutablePointer(mutating: key)).map { String(cString: $0) }
        }
    }

    private static func attribute<T>(_ object: UnsafeMutablePointer<T>, _ name: String) -> String? {
        attribute(UnsafeMutableRawPointer(object), name)
    }

    /// "x,y,…" as numbers.
    private static func numbers(_ text: String?) -> [Double]? {
        guard let text else { return nil }
        let values = text.split(separator: ",").map { Double($0) }
        return values.contains(nil) ? nil : values.compactMap { $0 }
    }

    /// An edge's `pos` ("x,y x,y …", after any "s,x,y"/"e,x,y" arrow ends) as its spline's points.
    private static func spline(_ text: String?) -> [Point]? {
        guard let text else { return nil }
        var points: [Point] = []
        for item in text.split(separator: " ") where !item.hasPrefix("s,") && !item.hasPrefix("e,") {
            guard let pair = numbers(String(item)), pair.count == 2 else { return nil }
            points.append(Point(x: pair[0], y: pair[1]))
        }
        return points.count >= 4 && (points.count - 1) % 3 == 0 ? points : nil
    }
}
