import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server: FlyingFox (a small, dependency-free HTTP/1.1 server on Swift
/// concurrency) listening on one address, answering every request with `PreviewResponder`.
/// FlyingFox reads a request's whole head before a handler sees it; a head over
/// `PreviewResponder.headLimit` is refused with 431 and the connection closed.
public final class PreviewServer: Sendable {
    /// The address could not be served: the port is in use, or the host is not an address here.
    public struct BindFailure: Error, CustomStringConvertible {
        public var description: String
    }

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    public let host: String
    /// The port served (the one the system chose, when 0 was asked for).
    public let port: Int

    public var address: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }

    private init(server: HTTPServer, task: Task<Void, any Error>, host: String, port: Int) {
        self.server = server
        self.task = task
        self.host = host
        self.port = port
    }

    /// Starts listening; throws `BindFailure` when the address cannot be served.
    public static func start(host: String, port: Int, responder: PreviewResponder) async throws -> PreviewServer {
        let address: any SocketAddress
        do {
            address = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: UInt16(port)) : try sockaddr_in.inet(ip4: host, port: UInt16(port))
        } catch {
            throw BindFailure(description: "error: \(host) is not an IP address of this machine\nhint: pass --host 127.0.0.1 (this machine only), or another IPv4 or IPv6 address")
        }
        let server = HTTPServer(config: HTTPServer.Configuration(address: address, timeout: 30, pool: NoDelaySocketPool(base: HTTPServer.defaultPool()), logger: .disabled), handler: Handler(responder: responder))
        let failure = BindOutcome()
        let task = Task {
            do { try await server.run() } catch { failure.record(error); throw error }
        }
        // FlyingFox's waitUntilListening waits out its whole timeout when the bind fails: watch both.
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening {
            if let error = failure.error ?? (ContinuousClock.now > deadline ? SocketError.timeout(message: "not listening after 10 s") : nil) {
                task.cancel()
                let reason: String
                if case SocketError.failed(_, let code, _)? = error as? SocketError, code == EADDRINUSE {
                    reason = "port \(port) on \(host) is already in use"
                } else {
                    reason = "cannot serve \(host) port \(port): \(error.localizedDescription)"
                }
                throw BindFailure(description: "error: \(reason)\nhint: stop the other server, or pass --port with another number (--port 0 picks a free one)")
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        var served = port
        if case .ip4(_, let listening)? = await server.listeningAddress { served = Int(listening) }
        if case .ip6(_, let listening)? = await server.listeningAddress { served = Int(listening) }
        return PreviewServer(server: server, task: task, host: host, port: served)
    }

    /// Stops listening and closes every connection.
    public func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }

    /// FlyingFox's handler: the request's raw path to the responder, its answer back.
    private struct Handler: HTTPHandler {
        let responder: PreviewResponder

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            let head = request.target.rawValue.utf8.count + request.headers.reduce(0) { $0 + $1.key.rawValue.utf8.count + $1.value.utf8.count + 4 }
            if head > PreviewResponder.headLimit {
                return HTTPResponse(statusCode: HTTPStatusCode(431, phrase: "Request Header Fields Too Large"),
                                    headers: [.connection: "close", .contentType: "text/plain; charset=utf-8"],
                                    body: Data("The request's headers are too large.\n".utf8))
            }
            let answer = await responder.respond(method: request.method.rawValue, path: request.target.path())
            var headers = HTTPHeaders()
            for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
            let status = HTTPStatusCode(answer.status, phrase: Self.phrases[answer.status] ?? "")
            switch answer.body {
            case .data(let data):
                if request.method == .HEAD {
                    headers[.contentLength] = String(data.count)
                    return HTTPResponse(statusCode: status, headers: headers, body: Data())
                }
                return HTTPResponse(statusCode: status, headers: headers, body: data)
            case .events(let events):
                return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: EventBytes(events: events)))
            }
        }

        static let phrases = [200: "OK", 301: "Moved Permanently", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"]
    }
}

/// Server-sent events as the bytes FlyingFox streams (chunked) to the page, one event a chunk;
/// a `retry` first, so that a page reconnects within a second after a restart.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<PreviewState.Event>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<PreviewState.Event>.AsyncIterator
        var pending: [UInt8] = Array("retry: 500\n\n".utf8)

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            pending.insert(contentsOf: buffer.dropFirst(), at: 0)
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = Array(event.text.utf8)
            }
            defer { pending.removeAll() }
            return pending
        }
    }
}

/// The error the server's task ended with, if it ended: read while waiting for it to listen.
private final class BindOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }

    func record(_ error: any Error) {
        lock.withLock { stored = error }
    }
}
