/// A group of practitioners a briefing is written for ("Education", "Health"), declared once as a
/// static member (`extension Audience { static let health = Audience("health", "Health") }`) and
/// listed in `SiteDescription.audiences`, checked like `Topic`. Each gets a page,
/// `audiences/<id>/`.
public struct Audience: Sendable, Hashable {
    /// A slug used in the audience's address.
    public var id: String
    /// The name readers see.
    public var name: String
    /// Where this audience was declared, for diagnostics.
    public var location: SourceLocation

    public init(_ id: String, _ name: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        self.id = id
        self.name = name
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line)
    }

    public static func == (lhs: Audience, rhs: Audience) -> Bool { lhs.id == rhs.id && lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
