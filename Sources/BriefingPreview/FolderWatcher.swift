import Foundation
#if canImport(Glibc)
import Glibc

/// Tells when a file under some folders is saved, created, moved or deleted, through Linux's
/// inotify (Glibc declares it; no polling): one blocking thread waits for the kernel, and wakes
/// only when something changed. Folders made later are watched as they appear; a watched folder
/// that is deleted and made again (a `git checkout`) is watched again, through its parent.
/// Editors' hidden and backup files (`.x.swp`, `x~`) are ignored.
public final class FolderWatcher: @unchecked Sendable {
    /// Absolute paths that changed since the last `take()`; the watcher's thread adds to it.
    private var changed: Set<String> = []
    /// inotify watch descriptor to the folder it watches.
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    private let descriptor: Int32
    private let roots: [String]
    private var stopPipe: [Int32] = [-1, -1]
    private let signal: AsyncStream<Void>.Continuation
    /// Yields once after any change; buffers one, so a burst of saves wakes a slow reader once.
    public let signals: AsyncStream<Void>

    public init(folders roots: [URL]) throws {
        self.roots = roots.map(\.standardizedFileURL.path)
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError(message: "cannot watch files: \(String(cString: strerror(errno)))") }
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        guard pipe(&stopPipe) == 0 else { throw WatchError(message: "cannot watch files: \(String(cString: strerror(errno)))") }
        lock.withLock {
            for root in self.roots {
                // The parent tells when the folder itself is deleted or made again.
                addWatch(URL(fileURLWithPath: root).deletingLastPathComponent().path, recursive: false)
                addWatch(root, recursive: true)
            }
        }
        let thread = Thread { [self] in run() }
        thread.name = "briefing-watch"
        thread.start()
    }

    /// The paths that changed since the last call, sorted; empty when none did.
    public func take() -> [String] {
        lock.withLock {
            defer { changed.removeAll() }
            return changed.sorted()
        }
    }

    /// Ends the watching thread and closes the kernel's handle.
    public func stop() {
        var byte: UInt8 = 1
        _ = write(stopPipe[1], &byte, 1)
    }

    /// A file written and closed, made, deleted or moved; never a write still in progress.
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)

    /// Watches `path` (and, if `recursive`, every folder below it). Called with the lock held.
    private func addWatch(_ path: String, recursive: Bool) {
        let watch = inotify_add_watch(descriptor, path, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return }
        folders[watch] = path
        guard recursive, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let child = path + "/" + name
            if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                addWatch(child, recursive: true)
            }
        }
    }

    private func run() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer {
            buffer.deallocate()
            close(descriptor)
            close(stopPipe[0])
            close(stopPipe[1])
            signal.finish()
        }
        var waiting = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0)]
        while true {
            guard poll(&waiting, 2, -1) >= 0 || errno == EINTR else { return }
            if waiting[1].revents != 0 { return }
            guard waiting[0].revents != 0 else { continue }
            let count = read(descriptor, buffer, size)
            guard count > 0 else { if count < 0 && errno == EINTR { continue } else { return } }
            if lock.withLock({ record(buffer, count: count) }) { signal.yield() }
        }
    }

    /// Reads one batch of events into `changed`; true when any concerns a watched file.
    private func record(_ buffer: UnsafeMutableRawPointer, count: Int) -> Bool {
        var offset = 0
        var any = false
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
            let nameStart = buffer.advanced(by: offset + header).assumingMemoryBound(to: CChar.self)
            let name = event.len > 0 ? String(cString: nameStart) : ""
            offset += header + Int(event.len)
            if event.mask & UInt32(IN_IGNORED) != 0 {
                folders[event.wd] = nil
                continue
            }
            guard let folder = folders[event.wd] else { continue }
            let path = name.isEmpty ? folder : folder + "/" + name
            if !roots.contains(folder) && !roots.contains(where: { folder.hasPrefix($0 + "/") }) {
                // A parent's event: only the watched folder itself matters there.
                guard roots.contains(path) else { continue }
                if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addWatch(path, recursive: true) }
                changed.insert(path)
                any = true
                continue
            }
            if Self.ignored(name) { continue }
            if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                addWatch(path, recursive: true)
            }
            changed.insert(path)
            any = true
        }
        return any
    }

    /// Editors' scratch files: hidden names, backups, Vim's swap files and its write test.
    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
    }

    struct WatchError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
#endif
