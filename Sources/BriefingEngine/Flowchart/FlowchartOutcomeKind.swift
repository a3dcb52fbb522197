/// What an outcome tells the practitioner to do. The diagram gives each kind its own CSS class
/// (`outcome-share`, `outcome-do-not-share`, …) so a designer can colour them; new kinds are added
/// in content with `extension FlowchartOutcomeKind { static let refer = FlowchartOutcomeKind("refer") }`.
public struct FlowchartOutcomeKind: RawRepresentable, Hashable, Sendable {
    /// A lower-case, hyphenated name, used in CSS classes and in the paths JSON.
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Sharing is justified (perhaps with care about how).
    public static let share = FlowchartOutcomeKind("share")
    /// Sharing is not justified.
    public static let doNotShare = FlowchartOutcomeKind("do-not-share")
    /// The practitioner should ask a manager, safeguarding lead or data protection officer.
    public static let seekAdvice = FlowchartOutcomeKind("seek-advice")
}
