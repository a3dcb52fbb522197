extension WizardFlow {
    /// The citations the flowchart's questions and outcomes make, each landing on the decision
    /// aid's page where the question or outcome first appears.
    var citations: [Citation] {
        flowchart.citations(briefingTitle: briefing.title) { node in
            guard let step = steps.firstAppearance(of: node.id) else { return (SitePaths.briefing(briefing.slug), panel.id) }
            return (page(step.answers), WizardSteps.anchor(of: node))
        }
    }
}
