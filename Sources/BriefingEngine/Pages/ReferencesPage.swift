/// The references page: every reference with its publisher, year and note, a link out to the
/// source, and "Cited in" back-links to each exact place that cites it.
enum ReferencesPage {
    static func render(_ references: [Reference], citations: [Citation], layout: PageLayout) -> OutputFile {
        let page = SitePaths.references
        let entries: [[String: Any]] = references.map { reference in
            let citedIn: [[String: Any]] = citations.filter { $0.referenceID == reference.id }.map { citation in
                ["label": citation.label, "url": SitePaths.relative(from: page, to: citation.page) + "#" + citation.anchor]
            }
            return [
                "id": reference.id,
                "title": reference.title,
                "publisher": reference.publisher,
                "year": reference.year,
                "address": reference.address,
                "note": reference.note,
                "citedIn": citedIn,
                "isCited": !citedIn.isEmpty,
            ]
        }
        return layout.page(
            page, template: "references", title: "Guidance references",
            context: ["references": entries, "hasReferences": !entries.isEmpty])
    }
}
