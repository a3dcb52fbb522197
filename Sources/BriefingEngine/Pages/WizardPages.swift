/// The decision aid of every flowchart of a briefing (`Briefing.Panel.flowchart`): a start page,
/// then one static page per step (`WizardSteps`), each carrying the flow as JSON for the script;
/// beside them its sign-off page and, when it has scenarios, its practice page.
enum WizardPages {
    /// Each flowchart's decision aid gathered for its pages, in panel order, with the problems of
    /// its outcomes (guidance Markdown, rules). Outcome guidance follows the same link rules as
    /// the briefing's own Markdown.
    static func flows(
        of briefing: Briefing, references: [Reference], markdown: MarkdownRenderer, content: LoadedContent
    ) -> [WizardFlow] {
        let referenceIDs = Set(references.map(\.id))
        let resolver = { (page: String) -> LinkResolver in
            let rules = ContentLinkResolver(
                page: page, sourcePath: briefing.source.relativePath, slugs: content.slugs, files: content.fileSet,
                references: referenceIDs)
            return { rules.resolve($0) }
        }
        return briefing.panels.compactMap { panel in
            panel.flowchart.map { flowchart in
                WizardFlow(
                    briefing: briefing, panel: panel, flowchart: flowchart, references: references,
                    markdown: markdown, resolver: resolver)
            }
        }
    }

    /// Every page of the decision aids `flows`, which validation accepted.
    static func render(_ flows: [WizardFlow], layout: PageLayout) -> [OutputFile] {
        var files: [OutputFile] = []
        for flow in flows {
            let json = WizardData.json(flow, siteTitle: layout.site.title)
            files.append(WizardStartPage.render(flow, layout: layout))
            files += flow.steps.steps.map { WizardStepPage.render($0, of: flow, json: json, layout: layout) }
            files.append(SignOffPage.render(flow, layout: layout))
            if !flowchart.proofs.scenarios.isEmpty {
                let practice = PracticePage.render(
                    flow, markdown: markdown, resolve: resolver(SitePaths.practice(briefing.slug, flowchart: flowchart.id)),
                    layout: layout)
                files.append(practice.file)
                diagnostics += practice.diagnostics
            }
        }
        return files
    }
}
