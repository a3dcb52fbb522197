extension Flowchart {
    /// The citations made by this flowchart's questions and outcomes, each placed at the page and
    /// element id `place` gives for its node, and labelled with the briefing, the flowchart and the
    /// question or outcome that cites.
    func citations(briefingTitle: String, place: (FlowchartNode) -> (page: String, anchor: String)) -> [Citation] {
        nodes.flatMap { node -> [Citation] in
            let cites: [String]
            switch node {
            case .question(let question): cites = question.cites
            case .outcome(let outcome): cites = outcome.cites
            }
            let (page, anchor) = place(node)
            return cites.map { id in
                Citation(
                    referenceID: id, page: page, anchor: anchor,
                    label: "\(briefingTitle) \u{2014} \(title): \u{201C}\(node.text)\u{201D}", location: node.location)
            }
        }
    }

    /// An error at each question or outcome that cites a reference not in `references`.
    func unknownCitations(references: Set<String>) -> [Diagnostic] {
        nodes.flatMap { node -> [Diagnostic] in
            let cites: [String]
            switch node {
            case .question(let question): cites = question.cites
            case .outcome(let outcome): cites = outcome.cites
            }
            return cites.filter { !references.contains($0) }.map { id in
                .error(
                    "'\(node.id)' cites '\(id)', which is not a reference", at: node.location,
                    hint: "cite one of: \(references.sorted().joined(separator: ", ")); references are listed in content/References.swift")
            }
        }
    }
}
