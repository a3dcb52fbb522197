import Foundation

/// What the preview shows now — the last good build, or the errors of the last save — and the
/// pages listening for a change. Each state has a token of its own; a page knows the token it was
/// served with, and reloads when the server announces another.
public actor PreviewState {
    /// What a request for a page gets.
    public enum Shown: Sendable {
        /// The last good build, served from the folder.
        case site(build: String, policy: String)
        /// The last save did not build: this error page, with status 500, in place of every page.
        case failure(build: String, page: String)
    }

    /// One server-sent event for the open pages.
    public enum Event: Sendable, Equatable {
        /// The current state's token: a page showing another reloads.
        case build(String)
        /// A note to show on the page (Swift being rebuilt).
        case status(String)

        /// The event in the `text/event-stream` format.
        public var text: String {
            switch self {
            case .build(let token): return "event: build\ndata: \(token)\n\n"
            case .status(let note):
                return "event: status\n" + note.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "data: \($0)\n" }.joined() + "\n"
            }
        }
    }

    public private(set) var shown: Shown
    private var listeners: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var count = 0
    /// Differs from one run of `briefing serve` to the next, so a page reloads after a restart.
    private let run = String(UUID().uuidString.prefix(8)).lowercased()

    public init() {
        shown = .site(build: "starting", policy: ContentSecurityPolicy.strict)
    }

    /// A token for the next state.
    public func nextToken() -> String {
        count += 1
        return "\(run)-\(count)"
    }

    /// Shows a new state and tells every open page.
    public func show(_ state: Shown) {
        shown = state
        broadcast(.build(token(of: state)))
    }

    /// Tells every open page something without changing what it shows.
    public func broadcast(_ event: Event) {
        for listener in listeners.values { listener.yield(event) }
    }

    /// The events for one open page, starting with the current state's token.
    public func listen() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        listeners[id] = continuation
        continuation.yield(.build(token(of: shown)))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.stopListening(id) }
        }
        return stream
    }

    /// How many pages are listening.
    public var listenerCount: Int { listeners.count }

    /// Ends every page's stream (the server is stopping or restarting).
    public func closeAll() {
        for listener in listeners.values { listener.finish() }
        listeners.removeAll()
    }

    private func stopListening(_ id: UUID) {
        listeners[id] = nil
    }

    private func token(of state: Shown) -> String {
        switch state {
        case .site(let build, _), .failure(let build, _): return build
        }
    }
}
