/// What the link check needs of one generated page: the ids it holds and the links it makes.
/// Taken from each page as it is rendered, so that the pages themselves can be written and let go
/// before every link of the site is checked against every page.
struct PageLinks: Sendable {
    var path: String
    var ids: Set<String>
    var links: [HTMLAttributeScanner.Attribute]

    /// The ids and links of `file`; nil for a file that is not an HTML page.
    init?(scanning file: OutputFile) {
        guard file.path.hasSuffix(".html") else { return nil }
        path = file.path
        ids = []
        links = []
        for attribute in HTMLAttributeScanner.attributes(in: file.data, named: ["id", "href", "src", "action"]) {
            switch attribute.name {
            case "id": ids.insert(attribute.value)
            case "href", "src", "action": links.append(attribute)
            default: break
            }
        }
    }
}
