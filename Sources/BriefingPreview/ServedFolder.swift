import Foundation

/// The folder a preview serves, and the only place a request can read from: a request's path is
/// decoded once, any `.` or `..` segment, hidden name, backslash or NUL is refused, and the file
/// finally chosen must lie inside the folder after every symbolic link is followed. Anything else
/// is "not found", so a request cannot tell what exists outside.
public struct ServedFolder: Sendable {
    /// What a request's path names.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the folder (its absolute path).
        case file(String)
        /// A folder asked for without its trailing slash: redirect here, so its relative links work.
        case redirect(String)
        case notFound
    }

    /// The folder, with its own symbolic links resolved.
    public let root: String

    public init(_ folder: URL) {
        root = ServedFolder.realPath(folder.path) ?? folder.standardizedFileURL.path
    }

    /// Resolves a request's path (without its query), percent-encoded as it arrived.
    public func resolve(_ requestPath: String) -> Resolution {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return .notFound }
        if decoded.contains("\0") || decoded.contains("\\") { return .notFound }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        // No `.`, `..` or hidden names (the build's marker file): nothing to climb with, nothing private.
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        var path = root + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(requestPath + "/") }
            path += "/index.html"
        }
        guard let real = ServedFolder.realPath(path), real.hasPrefix(root + "/") else { return .notFound }
        var status = stat()
        guard stat(real, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .notFound }
        return .file(real)
    }

    /// The path with every symbolic link followed, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
