import Foundation

extension Data {
    /// Writes the bytes to a new file at `path` with one `open`, as few `write`s as the kernel
    /// allows (one, for a page) and one `close`: the file `write(to:)` without options makes, with
    /// the same permissions (0666 less the umask), minus Foundation's path and error handling and
    /// its `fsync` (the caller flushes all its files at once).
    /// Returns false on any failure, so that the caller can redo the write with `write(to:)` and
    /// report Foundation's description of what went wrong.
    func writeDirectly(toPath path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        let wroteAll = withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        return close(descriptor) == 0 && wroteAll
    }
}

/// The system call `write`, which `Data`'s own `write(to:)` hides inside the extension.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
