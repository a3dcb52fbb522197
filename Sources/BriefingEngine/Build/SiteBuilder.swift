import Foundation

/// The build, top to bottom: `load` the content and templates, `validate` everything (every
/// mistake an author can make, all reported in one run), `render` the pages (each written to a
/// staging folder as it is made), `checkLinks` on every page, then `write`: the staging folder
/// replaces the output atomically. `plan()` keeps the pages in memory instead of writing them.
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
    /// For checks and tests: `build()` writes each page as it is made instead. Nothing is written,
    /// so an output folder `build()` would refuse is a warning here, not an error. With the pages
    /// in hand it also says which handouts left their questions for discussion off.
    public func plan() async throws -> (files: [OutputFile], warnings: [Diagnostic]) {
        let loaded = try load(checkingOutput: false)
        let validated = try await validate(loaded)
        let rendered = try await render(validated, from: loaded) { $0 }
        try await checkLinks(rendered)
        let files = rendered.kept.sorted { $0.path < $1.path }
        let questionsLeftOff = HandoutQuestionsCheck().warnings(for: validated.briefings, files: files)
        return (files, outputWarnings() + validated.warnings + questionsLeftOff)
    }

    /// Builds the site in place of the output folder: each page is written to a staging folder as
    /// soon as it is rendered, and the folder replaces the output once every page and link is good.
    public func build() async throws -> BuildSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        // Checked once before the lock (a refused output gets no lock file) and again under it.
        try configuration.outputGuard.check()
        let lock = try OutputLock.take(for: configuration.outputGuard)
        defer { withExtendedLifetime(lock) {} }
        var loaded = try load()
        let validated = try await validate(loaded)
        loaded.content.releaseMarkdown()
        let staging = try StagingFolder(outputGuard: configuration.outputGuard, flushesToDisk: configuration.flushesToDisk)
        let rendered: RenderedSite<String>
        do {
            rendered = try await render(validated, from: loaded) { file in
                try staging.write(file)
                return file.path
            }
            try await checkLinks(rendered)
            try write(rendered, from: staging)
        } catch {
            staging.discard()
            throw error
        }
        let pages = rendered.paths.filter { $0.hasSuffix(".html") }.count
        return BuildSummary(
            pagesWritten: pages, filesCopied: rendered.paths.count - pages,
            milliseconds: Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000), warnings: validated.warnings)
    }

    // MARK: The steps

    /// Load: checks the output may be replaced (unless only planning), then reads content and
    /// templates both, so that problems in either are reported together.
    func load(checkingOutput: Bool = true) throws -> LoadedSite {
        if checkingOutput { try configuration.outputGuard.check() }
        var problems: [Diagnostic] = []
        let content = collect(into: &problems) {
            try ContentLoader(directory: configuration.content, displayName: contentName).load()
        }
        let templates = collect(into: &problems) {
            try requireFolder(configuration.templates, named: templatesName)
            return try TemplateSet(directory: configuration.templates, displayName: templatesName)
        }
        let assets = collect(into: &problems) {
            try AssetCatalog(
                directory: configuration.templates, displayName: templatesName,
                libraries: [SearchLibrary.asset(from: configuration.searchLibrary)])
        }
        guard let content, let templates, let assets else { throw BuildFailure(problems) }
        return LoadedSite(content: content, templates: templates, assets: assets)
    }

    /// Validate: reads each briefing's Markdown (cmark finds its problems in the pass that makes
    /// its HTML), estimates whether each panel fits a present-mode screen, checks the Swift
    /// descriptions, every flowchart with its rules and scenarios, each decision aid's outcomes
    /// (guidance, rules), whether each flowchart prints readably on its handout, and the
    /// references, and throws every error found.
    func validate(_ loaded: LoadedSite) async throws -> ValidatedSite {
        let content = loaded.content
        var diagnostics = content.warnings + DescriptionValidator.validate(site, content: content, contentName: contentName)
        let descriptions = Dictionary(site.briefings.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let markdown = MarkdownRenderer(allowRawHTML: site.allowRawHTML)
        let renderer = BriefingRenderer(markdown: markdown)
        let referenceIDs = Set(site.references.map(\.id))
        // A panel too long for one present-mode screen still works (it scrolls), so it is a warning.
        let screenFit = PresentScreenFit()
        let read = await content.briefings.concurrentMap { source in
            let (briefing, problems) = renderer.render(
                source, description: descriptions[source.slug], content: content, references: referenceIDs)
            return (briefing, problems, briefing.map(screenFit.warnings(for:)) ?? [])
        }
        let briefings = read.compactMap(\.0)
        diagnostics += read.flatMap(\.1)
        diagnostics += read.flatMap(\.2)

        let validator = FlowchartValidator(sourceRoot: configuration.packageRoot)
        let proofs = ProofChecker(sourceRoot: configuration.packageRoot)
        for flowchart in site.briefings.flatMap(\.flowcharts) {
            // Rules and scenarios are checked over the paths, which only a valid flowchart has.
            let problems = validator.validate(flowchart)
            diagnostics += problems.isEmpty ? proofs.check(flowchart) : problems
            diagnostics += flowchart.unknownCitations(references: referenceIDs)
        }
        let references = site.references
        let aids = await briefings.concurrentMap { briefing in
            WizardPages.flows(of: briefing, references: references, markdown: markdown, content: content)
        }
        diagnostics += aids.flatMap(\.diagnostics)
        diagnostics += HandoutDiagramCheck(sourceRoot: configuration.packageRoot).warnings(for: briefings)

        let citations = zip(briefings, aids).flatMap { briefing, aid in briefing.citations + aid.flows.flatMap(\.citations) }
        diagnostics += ReferenceValidator.validate(site.references, citations: citations)
        let titles = Dictionary(briefings.map { ($0.slug, $0.title) }) { first, _ in first }
        diagnostics += MetadataValidator.validate(site, titles: titles)
        if let today {
            diagnostics += ReviewSchedule(intervalMonths: site.reviewIntervalMonths).warnings(for: site.briefings, today: today)
        }
        diagnostics += DescriptionValidator.undescribed(site, content: content, contentName: contentName)
        var quotes = SwiftSourceQuotes(root: configuration.packageRoot)
        diagnostics = diagnostics.map { quotes.quote($0) }
        try diagnostics.throwIfErrors()
        return ValidatedSite(
            briefings: briefings.sorted { ($0.title, $0.slug) < ($1.title, $1.slug) },
            decisionAids: Dictionary(zip(briefings.map(\.slug), aids.map(\.flows)), uniquingKeysWith: { first, _ in first }),
            citations: citations, titles: titles, warnings: diagnostics)
    }

    /// Render: one job per page (or per briefing's decision aids), the longest first (the list of
    /// all briefings, then each briefing's decision aids with their sign-off and practice pages), then the files copied as they are. Each
    /// file goes to `deliver` as soon as it is made. A new page kind is one `jobs.add` line here
    /// and its template in `TemplateSet.required`.
    func render<Kept: Sendable>(
        _ validated: ValidatedSite, from loaded: LoadedSite, delivering deliver: @escaping @Sendable (OutputFile) throws -> Kept
    ) async throws -> RenderedSite<Kept> {
        let briefings = validated.briefings
        let feed = FeedFile.render(briefings, site: site)
        let layout = PageLayout(
            templates: loaded.templates, site: site, assets: loaded.assets.templateValues,
            titles: validated.titles, hasFeed: feed != nil)
        let references = site.references
        let contentFolder = configuration.content
        let contentName = contentName
        var jobs = RenderJobs()
        jobs.add { IndexPage.render(briefings, layout: layout) }
        jobs.add { [site] in
            let lists = ListingPage.renderAll(briefings, layout: layout)
            let listed = briefings.filter { $0.description?.status.isListed ?? true }.map { SitePaths.briefing($0.slug) }
            let sitemap = SitemapFile.render(paths: [SitePaths.index] + lists.map(\.path) + listed + [SitePaths.references], site: site)
            return lists + [feed, sitemap].compactMap { $0 }
        }
        jobs.add(each: briefings) { WizardPages.render(validated.decisionAids(of: $0), layout: layout) }
        jobs.add { try SearchPage.render(briefings, layout: layout) }
        jobs.add { NotFoundPage.render(layout: layout) }
        jobs.add { ReferencesPage.render(references, citations: validated.citations, layout: layout) }
        jobs.add(each: briefings) { BriefingPage.render($0, layout: layout) }
        jobs.add(each: briefings) { PrintPage.render($0, layout: layout) }
        jobs.add(each: briefings) { PresentPage.render($0, layout: layout) }
        jobs.add(each: briefings) { DeliveryRecordPage.render($0, layout: layout) }
        jobs.add(each: loaded.assets.assets) { OutputFile(path: $0.publishedPath, data: $0.data) }
        jobs.add(each: loaded.content.files) { try Self.copy($0, from: contentFolder, named: contentName) }
        return try await jobs.run(delivering: deliver)
    }

    /// Check links: every relative link or source on every page names a file the build made, and
    /// every `#fragment` an id on its page (`404.html`'s links start at the site's root path).
    func checkLinks<Kept>(_ rendered: RenderedSite<Kept>) async throws {
        try await LinkChecker.check(
            rendered.links, paths: Set(rendered.paths), outputName: configuration.displayName(configuration.output),
            notFoundRoot: NotFoundPage.root(baseURL: site.baseURL)
        ).throwIfErrors()
    }

    /// Write: the staging folder, holding every file, replaces the output in one step.
    func write(_ rendered: RenderedSite<String>, from staging: StagingFolder) throws {
        try staging.swapIn(listing: rendered.paths)
    }

    // MARK: Helpers of the steps

    /// Why `build()` would refuse the output folder, as warnings (for `plan()`, which writes nothing).
    private func outputWarnings() -> [Diagnostic] {
        do {
            try configuration.outputGuard.check()
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map { problem in
                var warning = problem
                warning.severity = .warning
                warning.message = "briefing build would stop here: " + problem.message
                return warning
            }
        } catch {
            return []
        }
    }

    private var contentName: String { configuration.displayName(configuration.content) }
    private var templatesName: String { configuration.displayName(configuration.templates) }

    /// A file of `content/` a briefing links to, published as it is.
    private static func copy(_ path: String, from folder: URL, named name: String) throws -> OutputFile {
        do {
            return OutputFile(path: SitePaths.contentFile(path), data: try Data(contentsOf: folder.appendingPathComponent(path)))
        } catch {
            throw BuildFailure(.error(
                "cannot read this file: \(error.localizedDescription)", at: SourceLocation(file: name + "/" + path),
                hint: "check that the file is readable, or remove it from content/"))
        }
    }

    /// Runs one loading step, keeping its diagnostics instead of stopping at them.
    private func collect<Value>(into problems: inout [Diagnostic], _ step: () throws -> Value) -> Value? {
        do {
            return try step()
        } catch let failure as BuildFailure {
            problems += failure.diagnostics
        } catch {
            problems.append(.error("\(error.localizedDescription)", at: SourceLocation(file: templatesName)))
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
