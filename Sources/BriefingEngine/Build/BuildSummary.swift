/// What a build did, for the one summary line `briefing build` ends with.
public struct BuildSummary: Sendable {
    public var pagesWritten: Int
    public var filesCopied: Int
    public var milliseconds: Int
    public var warnings: [Diagnostic]

    public var line: String {
        "Built site: \(pagesWritten) pages written, \(filesCopied) files copied, \(milliseconds) ms"
            + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")
    }
}
