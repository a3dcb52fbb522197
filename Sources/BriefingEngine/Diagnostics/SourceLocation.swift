/// Where a problem is: a file (relative to the package root when it can be), and a line and
/// column where known. Editors and CI annotate `path:line:col:` so every diagnostic carries one.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file, as it should be printed (for example `content/information-sharing.md`).
    public var file: String
    /// 1-based line, or nil when the problem is about the whole file.
    public var line: Int?
    /// 1-based column, or nil when only the line is known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The call site of a Swift DSL element, captured with `#fileID`, `#filePath` and `#line`.
    /// The printed path is the file's path inside the package when `#filePath` lies inside it.
    public init(fileID: String, filePath: String, line: Int) {
        self.file = SourceLocation.packageRelative(filePath) ?? fileID
        self.line = line
        self.column = 1
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    /// The part of an absolute source path from its `content/` or `Sources/` folder on.
    static func packageRelative(_ filePath: String) -> String? {
        for folder in ["/content/", "/Sources/", "/Tests/"] {
            if let range = filePath.range(of: folder, options: .backwards) {
                return String(filePath[filePath.index(after: range.lowerBound)...])
            }
        }
        return nil
    }
}
