@testable import BriefingPreview
import FlyingSocks
import Foundation
import Testing

/// The preview's sockets send each write at once (no 40 ms wait for the browser's delayed
/// acknowledgement on a kept-alive connection); `bench/run --serve` measures what that saves.
@Suite struct NoDelaySocketPoolTests {
    @Test("a TCP socket the pool waits on has Nagle's algorithm turned off; a socket of another kind is left alone")
    func socketsSendAtOnce() throws {
        let tcp = try Socket(domain: AF_INET)
        defer { try? tcp.close() }
        #expect(try tcp.getValue(for: NoDelaySocketPool.noDelay) == false)
        NoDelaySocketPool.sendAtOnce(tcp)
        #expect(try tcp.getValue(for: NoDelaySocketPool.noDelay) == true)

        let local = try Socket(domain: AF_UNIX)
        defer { try? local.close() }
        NoDelaySocketPool.sendAtOnce(local)
    }
}
