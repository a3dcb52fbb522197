import Dispatch
import Foundation

/// Ends the preview cleanly on Ctrl-C (SIGINT) or SIGTERM: the given clean-up (removing the
/// temporary folder) runs once, on a thread of its own, then the process exits with status 0 and
/// the listening socket and connections close with it. Nothing here waits on the server, so a
/// connection stuck mid-request cannot hold the preview open.
public enum StopSignals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    public static func onStop(_ cleanUp: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                source.cancel()
                cleanUp()
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
    }
}
