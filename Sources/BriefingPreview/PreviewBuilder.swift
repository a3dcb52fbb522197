import BriefingEngine
import Foundation

/// Builds the preview's site with the engine's own `SiteBuilder`, in this process, into the
/// preview's folder: a good build replaces the folder in one step and becomes what pages show; a
/// failed one leaves the last good build in place, shows its diagnostics in every open page and
/// prints them as `briefing build` does. One build at a time: the caller awaits each.
public struct PreviewBuilder: Sendable {
    public var site: SiteDescription
    public var configuration: BuildConfiguration
    public var state: PreviewState
    /// Where terminal lines go (standard output; a test collects them).
    public var log: @Sendable (String) -> Void

    public init(site: SiteDescription, configuration: BuildConfiguration, state: PreviewState, log: @escaping @Sendable (String) -> Void) {
        self.site = site
        self.configuration = configuration
        self.state = state
        self.log = log
    }

    /// Builds, then shows the result. True when the build succeeded.
    @discardableResult
    public func build(after changed: [String] = []) async -> Bool {
        let token = await state.nextToken()
        do {
            let summary = try await SiteBuilder(site: site, configuration: configuration).build()
            summary.warnings.forEach { log($0.description) }
            let index = configuration.output.appendingPathComponent(SitePaths.index)
            let html = (try? String(contentsOf: index, encoding: .utf8)) ?? ""
            await state.show(.site(build: token, policy: ContentSecurityPolicy.declared(in: html) ?? ContentSecurityPolicy.strict))
            log(changed.isEmpty ? summary.line : "\(describe(changed)): \(summary.line)")
            return true
        } catch let failure as BuildFailure {
            let count = failure.errors.count
            log(failure.description)
            log("\(count) error\(count == 1 ? "" : "s"); the preview shows them in the browser and keeps the last good build")
            await showFailure(
                heading: "The site did not build",
                summary: "\(count) error\(count == 1 ? "" : "s") after the last save. Fix \(count == 1 ? "it" : "them") and save: this page comes back by itself. The last good build is kept.",
                diagnostics: failure.errors.map(\.description), token: token)
        } catch {
            log("error: \(error)")
            await showFailure(heading: "The site did not build", summary: "The build stopped.", diagnostics: ["error: \(error)"], token: token)
        }
        return false
    }

    /// Shows an error page in place of every page.
    public func showFailure(heading: String, summary: String, diagnostics: [String], token: String? = nil) async {
        let build: String
        if let token { build = token } else { build = await state.nextToken() }
        let page = ErrorPage.render(heading: heading, summary: summary, diagnostics: diagnostics, build: build, policy: ContentSecurityPolicy.strict)
        await state.show(.failure(build: build, page: page))
    }

    /// "content/a.md changed" (or how many files did), in the package's own names.
    public func describe(_ changed: [String]) -> String {
        let names = changed.map { configuration.displayName(URL(fileURLWithPath: $0)) }
        return names.count == 1 ? "\(names[0]) changed" : "\(names.count) files changed"
    }
}
