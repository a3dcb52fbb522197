/// Checks the reference registry and its use: unique, well-formed ids; complete entries;
/// addresses that are `https:` with no spaces; every citation naming a known reference (an error
/// at the citation); every reference cited somewhere (a warning at the reference).
enum ReferenceValidator {
    static func validate(_ references: [Reference], citations: [Citation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for reference in references {
            if let first = seen[reference.id] {
                diagnostics.append(.error(
                    "reference '\(reference.id)' is defined twice (first at \(first))", at: reference.location,
                    hint: "give each reference its own id"))
            }
            seen[reference.id] = reference.location
            if !Slug.isValid(reference.id) {
                diagnostics.append(.error(
                    "'\(reference.id)' cannot be a reference id", at: reference.location,
                    hint: "use lower-case letters, digits and single hyphens, e.g. dpa-2018"))
            }
            for (field, value) in [("title", reference.title), ("publisher", reference.publisher), ("year", reference.year), ("note", reference.note)]
            where value.allSatisfy(\.isWhitespace) {
                diagnostics.append(.error(
                    "reference '\(reference.id)' has no \(field)", at: reference.location,
                    hint: "fill in the \(field); facts about sources are in shared/references.md"))
            }
            if let problem = ExternalAddress.problem(with: reference.address) {
                diagnostics.append(Diagnostic.error(
                    "reference '\(reference.id)': \(problem)", at: reference.location,
                    hint: "use the source's https:// address, copied from the browser's address bar"
                ).pointing(at: "address"))
            }
        }
        let cited = Set(citations.map(\.referenceID))
        for reference in references where !cited.contains(reference.id) {
            diagnostics.append(.warning(
                "reference '\(reference.id)' is not cited anywhere", at: reference.location,
                hint: "cite it with [text](ref:\(reference.id)) in a briefing or cites: in a flowchart, or remove it"))
        }
        return diagnostics
    }
}
