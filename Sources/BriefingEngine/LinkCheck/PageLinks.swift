/// What the link check needs of one generated page: the ids it holds and the links it makes.
/// Taken from each page as it is rendered, so that the pages themselves can be written and let go
/// before every link of the site is checked against every page. Kept packed (`PackedStrings`):
/// the link check holds these for every page of the site at once.
struct PageLinks: Sendable {
    var path: String
    private var ids: PackedStrings
    private var values: PackedStrings
    private var places: [Place]
    /// The names of the tags the links are on (`a`, `link`, `script`…), each once.
    private var tags: [String]

    /// Where one link is: its tag (in `tags`), its attribute (in `Self.linkAttributes`) and line.
    private struct Place: Sendable {
        var tag: UInt16
        var attribute: UInt8
        var line: UInt32
    }

    private static let linkAttributes = ["href", "src", "action"]

    /// The ids and links of `file`; nil for a file that is not an HTML page.
    init?(scanning file: OutputFile) {
        guard file.path.hasSuffix(".html") else { return nil }
        path = file.path
        var ids: [String] = []
        var tags: [String] = []
        var values = PackedStrings()
        var places: [Place] = []
        for attribute in HTMLAttributeScanner.attributes(in: file.data, named: ["id", "href", "src", "action"]) {
            if attribute.name == "id" {
                ids.append(attribute.value)
            } else if let name = Self.linkAttributes.firstIndex(of: attribute.name) {
                let tag = tags.firstIndex(of: attribute.tag) ?? { tags.append(attribute.tag); return tags.count - 1 }()
                values.append(attribute.value)
                places.append(Place(tag: UInt16(tag), attribute: UInt8(name), line: UInt32(attribute.line)))
            }
        }
        self.ids = PackedStrings(sortedUnique: ids)
        self.tags = tags
        self.values = values
        self.places = places
    }

    /// Whether the page has an element with this id.
    func hasID(_ id: String) -> Bool {
        ids.containsSorted(id)
    }

    /// The page's links (`href`, `src` and `action` attributes) in the order they come.
    var links: [HTMLAttributeScanner.Attribute] {
        places.indices.map { index in
            let place = places[index]
            return HTMLAttributeScanner.Attribute(
                tag: tags[Int(place.tag)], name: Self.linkAttributes[Int(place.attribute)], value: values[index], line: Int(place.line))
        }
    }
}
