/// What templates show of a flowchart besides its diagram: its title and id, its version, and
/// the flow as nested lists for readers who cannot see the diagram.
enum FlowchartContext {
    static func values(_ flowchart: Flowchart) -> [String: Any] {
        [
            "id": flowchart.id,
            "title": flowchart.title,
            "version": flowchart.version,
            "textHTML": FlowchartTextAlternative(flowchart).html,
        ]
    }
}
