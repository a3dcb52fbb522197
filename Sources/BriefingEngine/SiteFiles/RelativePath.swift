/// Resolves a relative address the way a browser does, inside one tree of files (the content
/// folder, or the generated site), so that links can be checked and rewritten without a server.
enum RelativePath {
    /// `path` resolved against the folder holding `file` (both relative to the tree's root), or nil
    /// when it climbs above the root. The root itself is the empty string.
    static func resolve(_ path: String, from file: String) -> String? {
        var parts = segments(of: file).dropLast()
        for part in segments(of: path) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The segments of `path` between its slashes, empty ones left out. Cut at the byte "/", as a
    /// browser cuts (by code point, not by `Character`, which is also many times slower).
    private static func segments(of path: String) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }
}
