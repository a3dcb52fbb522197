import Foundation

/// The build, top to bottom: load content and templates, validate everything (collecting every
/// error of a phase), render the pages and write each to a staging folder, check every link, then
/// swap the staging folder in for the output atomically. `plan()` keeps the pages instead.
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

    /// The files of the site, in memory, and the warnings found making them; throws on any error.
    /// For checks and tests: `build()` writes each page as it is made instead.
    public func plan() async throws -> (files: [OutputFile], warnings: [Diagnostic]) {
        let (jobs, warnings) = try await prepare()
        let files = try await jobs.run { $0 }
        return (files.sorted { $0.path < $1.path }, warnings)
    }

    /// Builds the site in place of the output folder: each page is written to a staging folder as
    /// soon as it is rendered, and the folder replaces the output once every page and link is good.
    public func build() async throws -> BuildSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let (jobs, warnings) = try await prepare()
        let staging = try StagingFolder(outputGuard: configuration.outputGuard)
        let paths: [String]
        do {
            paths = try await jobs.run { file in
                try staging.write(file)
                return file.path
            }
            try staging.swapIn(listing: paths)
        } catch {
            staging.discard()
            throw error
        }
        let pages = paths.filter { $0.hasSuffix(".html") }.count
        return BuildSummary(
            pagesWritten: pages, filesCopied: paths.count - pages,
            milliseconds: Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000), warnings: warnings)
    }

    /// Loads and validates everything, collecting every error of a phase, and returns the jobs that
    /// make each file of the site with the warnings found so far.
    private func prepare() async throws -> (jobs: RenderJobs, warnings: [Diagnostic]) {
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
        let rendered = await content.briefings.concurrentMap { source in
            renderer.render(source, description: descriptions[source.slug], content: content, references: referenceIDs)
        }
        for (briefing, problems) in rendered {
            diagnostics += problems
            if let briefing { briefings.append(briefing) }
        }
        let validator = FlowchartValidator(sourceRoot: configuration.packageRoot)
        let proofs = ProofChecker(sourceRoot: configuration.packageRoot)
        for flowchart in site.briefings.flatMap(\.flowcharts) {
            // Rules and scenarios are checked over the paths, which only a valid flowchart has.
            let problems = validator.validate(flowchart)
            diagnostics += problems.isEmpty ? proofs.check(flowchart) : problems
        }
        let citations = briefings.flatMap(\.citations)
        diagnostics += ReferenceValidator.validate(site.references, citations: citations)
        if let today {
            diagnostics += ReviewSchedule(intervalMonths: site.reviewIntervalMonths).warnings(for: site.briefings, today: today)
        }
        try diagnostics.throwIfErrors()
        briefings.sort { ($0.title, $0.slug) < ($1.title, $1.slug) }

        // Render: one job per page (or per briefing's decision aid), the longest first (the list of
        // all briefings, then each briefing's decision aids), then the files copied as they are.
        let layout = PageLayout(templates: templates, site: site, assets: assets.templateValues)
        var jobs: [RenderJobs.Job] = [
            { [briefings] in ([IndexPage.render(briefings, layout: layout)], []) },
        ]
        jobs += briefings.map { briefing in {
            WizardPages.render(briefing, references: site.references, markdown: renderer.markdown, content: content, layout: layout)
        } }
        jobs += [
            { ([NotFoundPage.render(layout: layout)], []) },
            { ([ReferencesPage.render(site.references, citations: citations, layout: layout)], []) },
        ]
        jobs += briefings.map { briefing in { ([BriefingPage.render(briefing, layout: layout)], []) } }
        jobs += briefings.map { briefing in { ([PrintPage.render(briefing, layout: layout)], []) } }
        jobs += assets.assets.map { asset in { ([OutputFile(path: asset.publishedPath, data: asset.data)], []) } }
        let contentFolder = configuration.content
        jobs += content.files.map { path in {
            do {
                let data = try Data(contentsOf: contentFolder.appendingPathComponent(path))
                return ([OutputFile(path: SitePaths.contentFile(path), data: data)], [])
            } catch {
                return ([], [.error(
                    "cannot read this file: \(error.localizedDescription)", at: SourceLocation(file: contentName + "/" + path),
                    hint: "check that the file is readable, or remove it from content/")])
            }
        } }
        return (RenderJobs(jobs: jobs, outputName: configuration.displayName(configuration.output)), diagnostics)
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
