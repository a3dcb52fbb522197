/// A briefing's one-page handout (`briefings/<slug>/print.html`), laid out by `print.mustache`
/// and `print.css` to print on one sheet of A4: the title and author, the numbered panels, the
/// flowchart in its panel, and a footer naming the source, the edition and the online address.
///
/// The page's `<title>` is exactly the briefing's title (the layout leaves out the site's name when
/// `isHandout` is set), because Chromium copies it into the title of a PDF printed from the page.
enum PrintPage {
    ///
    /// The questions for discussion are printed only when the handout still fits on one page with
    /// them, as `HandoutFit`'s budget estimates it; otherwise they are left off, and the handout's
    /// `data-questions-left-off` says how many characters it would have had (`briefing check` warns).
    static func render(_ briefing: Briefing, layout: PageLayout) -> OutputFile {
        var values = context(briefing, site: layout.site)
        func page() -> OutputFile {
            layout.page(
                SitePaths.handout(briefing.slug), template: "print", title: briefing.title,
                context: ["briefing": values, "isHandout": true], about: briefing)
        }
        guard let questions = values["questions"] else { return page() }
        values["handoutQuestions"] = questions
        let withQuestions = page()
        let handout = HandoutFit.handout(briefing.slug, page: withQuestions)
        guard handout.characters > HandoutFit.Budget.standard.characters(for: handout) else { return withQuestions }
        values["handoutQuestions"] = nil
        values["questionsLeftOff"] = handout.characters
        return page()
    }

    /// The briefing page's values, plus what only the handout shows: the source it follows, the
    /// address of the online version (when the site's `baseURL` is known), and whether any panel
    /// holds a flowchart (`hasDiagramPanel`; the layout gives that panel a column of its own), and
    /// for each flowchart whether its diagram prints readably (`printsAsDiagram`, see
    /// `HandoutDiagramSize`; if not, the handout prints the flowchart in words) and the class
    /// naming the width of the diagram's column (`diagramColumnClass`).
    static func context(_ briefing: Briefing, site: SiteDescription) -> [String: Any] {
        var values = BriefingPage.context(briefing, review: ReviewSchedule(intervalMonths: site.reviewIntervalMonths))
        if let source = briefing.description?.source {
            values["source"] = ["title": source.title, "address": source.address]
        }
        if let baseURL = site.baseURL {
            values["onlineAddress"] = onlineAddress(of: briefing.slug, baseURL: baseURL)
        }
        var panels = values["panels"] as? [[String: Any]] ?? []
        var sizes: [HandoutDiagramSize] = []
        for (index, panel) in briefing.panels.enumerated() where index < panels.count {
            let size = panel.flowchart.flatMap { FlowchartGeometry($0) }.map(HandoutDiagramSize.init)
            panels[index]["printsAsDiagram"] = size?.isReadable ?? false
            sizes += size.map { [$0] } ?? []
        }
        values["panels"] = panels
        values["hasDiagramPanel"] = panels.contains { $0["hasFlowchart"] as? Bool == true }
        values["diagramColumnClass"] = sizes.filter(\.isReadable).max { ($0.column ?? 0) < ($1.column ?? 0) }?.columnClass
            ?? "handout--diagram-\(Int(HandoutDiagramSize.columnWidths[0]))"
        return values
    }

    /// The briefing page's address on the published site, as a reader would type it: the folder,
    /// without `index.html`, which every static host serves for a folder address.
    static func onlineAddress(of slug: String, baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let page = SitePaths.briefing(slug)
        let suffix = "index.html"
        return base + (page.hasSuffix(suffix) ? String(page.dropLast(suffix.count)) : page)
    }
}
