/// A subject a partnership files its briefings under ("Neglect", "Information sharing"), declared
/// once as a static member (`extension Topic { static let neglect = Topic("neglect", "Neglect") }`)
/// and listed in `SiteDescription.topics`, so that a misspelt topic does not compile and one the
/// site does not list fails the build at the briefing's description. Each gets a page,
/// `topics/<id>/`.
public struct Topic: Sendable, Hashable {
    /// A slug used in the topic's address.
    public var id: String
    /// The name readers see.
    public var name: String
    /// Where this topic was declared, for diagnostics.
    public var location: SourceLocation

    public init(_ id: String, _ name: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        self.id = id
        self.name = name
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line)
    }

    public static func == (lhs: Topic, rhs: Topic) -> Bool { lhs.id == rhs.id && lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
