import Foundation

/// The build, top to bottom: load content and templates, validate everything (collecting every
/// error of a phase), render the pages, then write them atomically. `check()` stops before writing.
public struct SiteBuilder: Sendable {
    public var site: SiteDescription
    public var configuration: BuildConfiguration
    /// Today, for the review-date warning only; nothing written depends on it.
    public var today: CalendarDay?

    public init(site: SiteDescription, configuration: BuildConfiguration, today: CalendarDay? = nil) {
        self.site = site
        self.configuration = configuration
        self.today = today
    }

    /// The files of the site and the warnings found making them; throws on any error.
    public func plan() throws -> (files: [OutputFile], warnings: [Diagnostic]) {
        try configuration.outputGuard.check()

        // Load: content and templates both, so that problems in either are reported together.
        let contentName = configuration.displayName(configuration.content)
        let templatesName = configuration.displayName(configuration.templates)
        var loadProblems: [Diagnostic] = []
        let content = collect(into: &loadProblems) {
            try ContentLoader(directory: configuration.content, displayName: contentName).load()
        }
        let templates = collect(into: &loadProblems) {
            try requireFolder(configuration.templates, named: templatesName)
            return try TemplateSet(directory: configuration.templates, displayName: templatesName)
        }
        let assets = collect(into: &loadProblems) { try AssetCatalog(directory: configuration.templates) }
        guard let content, let templates, let assets else { throw BuildFailure(loadProblems) }

        // Validate.
        var diagnostics = DescriptionValidator.validate(site, content: content, contentName: contentName)
        let descriptions = Dictionary(site.briefings.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let renderer = BriefingRenderer(markdown: MarkdownRenderer(allowRawHTML: site.allowRawHTML))
        let referenceIDs = Set(site.references.map(\.id))
        var briefings: [Briefing] = []
        let rendered = content.briefings.concurrentMap { source in
            renderer.render(source, description: descriptions[source.slug], content: content, references: referenceIDs)
        }
        for (briefing, problems) in rendered {
            diagnostics += problems
            if let briefing { briefings.append(briefing) }
        }
        let validator = FlowchartValidator(sourceRoot: configuration.packageRoot)
        diagnostics += site.briefings.flatMap(\.flowcharts).flatMap(validator.validate)
        let citations = briefings.flatMap(\.citations)
        diagnostics += ReferenceValidator.validate(site.references, citations: citations)
        if let today {
            diagnostics += ReviewSchedule(intervalMonths: site.reviewIntervalMonths).warnings(for: site.briefings, today: today)
        }
        try diagnostics.throwIfErrors()
        briefings.sort { ($0.title, $0.slug) < ($1.title, $1.slug) }

        // Render: every page on every core, the longest first (the list of all briefings, then each
        // briefing's decision aids).
        let layout = PageLayout(templates: templates, site: site, assets: assets.templateValues)
        var pages: [@Sendable () -> (files: [OutputFile], diagnostics: [Diagnostic])] = [
            { [briefings] in ([IndexPage.render(briefings, layout: layout)], []) },
        ]
        pages += briefings.map { briefing in {
            WizardPages.render(briefing, references: site.references, markdown: renderer.markdown, content: content, layout: layout)
        } }
        pages += [
            { ([NotFoundPage.render(layout: layout)], []) },
            { ([ReferencesPage.render(site.references, citations: citations, layout: layout)], []) },
        ]
        pages += briefings.map { briefing in { ([BriefingPage.render(briefing, layout: layout)], []) } }
        pages += briefings.map { briefing in { ([PrintPage.render(briefing, layout: layout)], []) } }
        let renderedPages = pages.concurrentMap { $0() }
        try renderedPages.flatMap(\.diagnostics).throwIfErrors()
        var files = renderedPages.flatMap(\.files)
        // The pages hold all they show of the briefings now: let the briefings go, so that they and
        // every page's links (next) are not in memory at once.
        pages.removeAll()
        briefings.removeAll()
        files += assets.assets.map { OutputFile(path: $0.publishedPath, data: $0.data) }
        for path in content.files {
            let data = try Data(contentsOf: configuration.content.appendingPathComponent(path))
            files.append(OutputFile(path: SitePaths.contentFile(path), data: data))
        }
        files.sort { $0.path < $1.path }

        // Check links: every relative link and fragment resolves, every external address is well formed.
        try LinkChecker.check(files, outputName: configuration.displayName(configuration.output)).throwIfErrors()
        return (files, diagnostics)
    }

    /// Plans the site and writes it in place of the output folder.
    public func build() throws -> BuildSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let (files, warnings) = try plan()
        try SiteWriter(outputGuard: configuration.outputGuard).write(files)
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        return BuildSummary(
            pagesWritten: pages, filesCopied: files.count - pages,
            milliseconds: Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000), warnings: warnings)
    }

    /// Runs one loading step, keeping its diagnostics instead of stopping at them.
    private func collect<Value>(into problems: inout [Diagnostic], _ step: () throws -> Value) -> Value? {
        do {
            return try step()
        } catch let failure as BuildFailure {
            problems += failure.diagnostics
        } catch {
            problems.append(.error("\(error.localizedDescription)", at: SourceLocation(file: configuration.displayName(configuration.templates))))
        }
        return nil
    }

    private func requireFolder(_ url: URL, named name: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(.error(
                "templates folder not found", at: SourceLocation(file: name),
                hint: "restore templates/ from git, or pass --templates DIR"))
        }
    }
}
