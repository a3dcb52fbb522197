import Foundation

/// A response, decided before the HTTP library writes it.
public struct PreviewResponse: Sendable {
    public enum Body: Sendable {
        case data(Data)
        /// Server-sent events, open until the page goes away.
        case events(AsyncStream<PreviewState.Event>)
    }

    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Body
}

/// Answers a request to the preview: the built site's files (HTML with the reload script added,
/// the same Content-Security-Policy as a header), `index.html` for a folder, `404.html` with status
/// 404 for anything else, the preview's own script, style and events under `/_briefing/`, and the
/// error page with status 500 in place of every page while the last save does not build.
public struct PreviewResponder: Sendable {
    public let folder: ServedFolder
    public let state: PreviewState

    public init(folder: ServedFolder, state: PreviewState) {
        self.folder = folder
        self.state = state
    }

    /// The largest request head (request line and headers) the preview answers; larger is
    /// refused with 431 and the connection closed. (A browser's head is about 1 KB.)
    public static let headLimit = 16 * 1024

    /// - Parameter path: the request's path, percent-encoded as it arrived, without the query.
    public func respond(method: String, path: String) async -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return PreviewResponse(status: 405, headers: common(MediaType.forFile("x.txt"), ContentSecurityPolicy.strict) + [("Allow", "GET, HEAD")],
                                   body: .data(Data("Only GET and HEAD are served.\n".utf8)))
        }
        let shown = await state.shown
        switch path {
        case LiveReload.scriptPath: return own(LiveReload.script, type: MediaType.forFile("x.js"))
        case LiveReload.stylePath: return own(LiveReload.style, type: MediaType.forFile("x.css"))
        case LiveReload.eventsPath:
            let events = await state.listen()
            return PreviewResponse(
                status: 200, headers: common("text/event-stream; charset=utf-8", ContentSecurityPolicy.strict), body: .events(events))
        default: break
        }
        let policy: String
        switch shown {
        case .failure(_, let page):
            if path.hasPrefix(LiveReload.prefix) || isPage(path) {
                return PreviewResponse(status: 500, headers: common(MediaType.html, ContentSecurityPolicy.strict), body: .data(Data(page.utf8)))
            }
            policy = ContentSecurityPolicy.strict
        case .site(_, let sitePolicy):
            policy = sitePolicy
        }
        guard !path.hasPrefix(LiveReload.prefix) else { return await notFound(shown, policy: policy) }
        switch folder.resolve(path) {
        case .redirect(let location):
            return PreviewResponse(status: 301, headers: common(MediaType.forFile("x.txt"), policy) + [("Location", location)],
                                   body: .data(Data()))
        case .notFound:
            return await notFound(shown, policy: policy)
        case .file(let file):
            guard let data = FileManager.default.contents(atPath: file) else { return await notFound(shown, policy: policy) }
            return page(data, type: MediaType.forFile(file), status: 200, shown: shown, policy: policy)
        }
    }

    /// `404.html` of the build, with status 404 (a plain line if the build has none).
    private func notFound(_ shown: PreviewState.Shown, policy: String) async -> PreviewResponse {
        if case .file(let file) = folder.resolve("/404.html"), let data = FileManager.default.contents(atPath: file) {
            return page(data, type: MediaType.html, status: 404, shown: shown, policy: policy)
        }
        return PreviewResponse(status: 404, headers: common(MediaType.forFile("x.txt"), policy), body: .data(Data("Not found\n".utf8)))
    }

    /// A file of the site; an HTML page gets the reload script naming the build it shows.
    private func page(_ data: Data, type: String, status: Int, shown: PreviewState.Shown, policy: String) -> PreviewResponse {
        guard type == MediaType.html, case .site(let build, _) = shown, let html = String(data: data, encoding: .utf8) else {
            return PreviewResponse(status: status, headers: common(type, policy), body: .data(data))
        }
        return PreviewResponse(status: status, headers: common(type, policy), body: .data(Data(LiveReload.inject(into: html, build: build).utf8)))
    }

    private func own(_ text: String, type: String) -> PreviewResponse {
        PreviewResponse(status: 200, headers: common(type, ContentSecurityPolicy.strict), body: .data(Data(text.utf8)))
    }

    /// A request whose answer would be a page: an HTML file, a folder, or nothing (the 404 page).
    private func isPage(_ path: String) -> Bool {
        switch folder.resolve(path) {
        case .file(let file): return MediaType.forFile(file) == MediaType.html
        case .redirect, .notFound: return true
        }
    }

    /// Headers on every response: its type, the pages' policy, no sniffing, no caching (a preview
    /// changes on every save).
    private func common(_ type: String, _ policy: String) -> [(name: String, value: String)] {
        [("Content-Type", type), ("Content-Security-Policy", policy), ("X-Content-Type-Options", "nosniff"),
         ("Cache-Control", "no-store")]
    }
}
