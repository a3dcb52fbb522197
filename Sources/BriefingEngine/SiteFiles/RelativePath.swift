/// Resolves a relative address the way a browser does, inside one tree of files (the content
/// folder, or the generated site), so that links can be checked and rewritten without a server.
enum RelativePath {
    /// `path` resolved against the folder holding `file` (both relative to the tree's root), or nil
    /// when it climbs above the root. The root itself is the empty string.
    static func resolve(_ path: String, from file: String) -> String? {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
