/// The decision aid of every flowchart of a briefing (`Briefing.Panel.flowchart`): a start page,
/// then one static page per step (`WizardSteps`), each loading the flow's data file for the script;
/// beside them its sign-off page and, when it has scenarios, its practice page.
enum WizardPages {
    /// Each flowchart's decision aid gathered for its pages, in panel order, with the problems of
    /// its outcomes (guidance Markdown, rules) and of its scenarios' "why" Markdown, for the
    /// build's validate step. Both follow the same link rules as the briefing's own Markdown.
    static func flows(
        of briefing: Briefing, references: [Reference], markdown: MarkdownRenderer, content: LoadedContent
    ) -> (flows: [WizardFlow], diagnostics: [Diagnostic]) {
        let resolver = resolver(for: briefing, references: references, content: content)
        let flows = briefing.panels.compactMap { panel in
            panel.flowchart.map { flowchart in
                WizardFlow(
                    briefing: briefing, panel: panel, flowchart: flowchart, references: references,
                    markdown: markdown, resolver: resolver)
            }
        }
        return (flows, flows.flatMap(\.diagnostics))
    }

    /// Every page of the decision aids `flows`, which validation accepted.
    static func render(_ flows: [WizardFlow], layout: PageLayout) -> [OutputFile] {
        var files: [OutputFile] = []
        for flow in flows {
            let views = WizardNodeView.all(flow)
            let data = WizardData.file(flow, views: views, layout: layout)
            files.append(WizardStartPage.render(flow, layout: layout))
            files += flow.steps.steps.map { WizardStepPage.render($0, of: flow, views: views, dataFile: data.path, layout: layout) }
            files.append(data)
            files.append(SignOffPage.render(flow, layout: layout))
            if !flow.flowchart.proofs.scenarios.isEmpty {
                files.append(PracticePage.render(flow, layout: layout))
            }
        }
        return files
    }

    /// The link rules for Markdown of `briefing`'s decision aids shown on the page at a given path.
    private static func resolver(
        for briefing: Briefing, references: [Reference], content: LoadedContent
    ) -> @Sendable (String) -> LinkResolver {
        let referenceIDs = Set(references.map(\.id))
        return { page in
            let rules = ContentLinkResolver(
                page: page, sourcePath: briefing.sourcePath, slugs: content.slugs, files: content.fileSet,
                references: referenceIDs, symbolicLinks: content.symbolicLinks)
            return { rules.resolve($0) }
        }
    }
}
