/// Resolves a relative address the way a browser does, inside one tree of files (the content
/// folder, or the generated site), so that links can be checked and rewritten without a server.
enum RelativePath {
    /// `path` resolved against the folder holding `file` (both relative to the tree's root), or nil
    /// when it climbs above the root. The root itself is the empty string.
    static func resolve(_ path: String, from file: String) -> String? {
        // By byte, cut at "/" as a browser cuts (by code point, not by `Character`): the link
        // check resolves every link of every page, and splitting into strings cost it most.
        var resolved = ResolvedPath()
        var file = file
        var path = path
        file.withUTF8 { resolved.start(inFolderOf: $0) }
        guard path.withUTF8({ resolved.follow($0) }) else { return nil }
        return String(decoding: resolved.bytes, as: UTF8.self)
    }
}

/// A path being resolved: its segments joined by "/", as UTF-8.
private struct ResolvedPath {
    var bytes: [UInt8] = []

    /// Starts at the folder holding `file`: its segments as they are, but the last.
    mutating func start(inFolderOf file: UnsafeBufferPointer<UInt8>) {
        for segment in Self.segments(of: file).dropLast() {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: file[segment])
        }
    }

    /// Follows each segment of `path`; false when a ".." climbs above the root.
    mutating func follow(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        for segment in Self.segments(of: path) {
            let part = path[segment]
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                if bytes.isEmpty { return false }
                bytes.removeSubrange((bytes.lastIndex(of: UInt8(ascii: "/")) ?? 0)...)
                continue
            }
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: part)
        }
        return true
    }

    /// Where the segments of `path` are, between its slashes, the empty ones left out.
    private static func segments(of path: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        for index in 0...path.count where index == path.count || path[index] == UInt8(ascii: "/") {
            if start < index { segments.append(start..<index) }
            start = index + 1
        }
        return segments
    }
}
