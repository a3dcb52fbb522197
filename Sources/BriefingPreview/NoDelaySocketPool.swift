import FlyingSocks
import Foundation

/// FlyingFox writes a response's head and its body in two writes. On a kept-alive connection,
/// Nagle's algorithm then holds the body back until the browser acknowledges the head, and the
/// browser delays that acknowledgement by up to 40 ms: every file of a reloaded page waited that
/// long (91 requests a second from four clients, a real-site reload of 197 ms, measured). This pool
/// is FlyingFox's own, with `TCP_NODELAY` set on every socket it is asked to wait on — the
/// listening socket (whose accepted sockets inherit it on Linux) and each connection — so a write
/// is sent at once.
struct NoDelaySocketPool: AsyncSocketPool {
    let base: any AsyncSocketPool

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        Self.sendAtOnce(socket)
        try await base.suspendSocket(socket, untilReadyFor: events)
    }

    /// Turns Nagle's algorithm off for `socket` (a TCP socket; others are left as they are).
    static func sendAtOnce(_ socket: Socket) {
        try? socket.setValue(true, for: noDelay)
    }

    static var noDelay: BoolSocketOption { BoolSocketOption(level: Int32(IPPROTO_TCP), name: TCP_NODELAY) }
}
