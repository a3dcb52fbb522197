import Dispatch
import Foundation

/// Ends the preview cleanly on Ctrl-C (SIGINT) or SIGTERM: the given clean-up runs once (server
/// stopped, temporary folder removed), then the process exits with status 0.
public enum StopSignals {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    public static func onStop(_ cleanUp: @escaping @Sendable () async -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                source.cancel()
                Task {
                    await cleanUp()
                    exit(0)
                }
            }
            source.resume()
            sources.append(source)
        }
    }
}
