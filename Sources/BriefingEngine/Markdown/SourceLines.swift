/// The lines of a Markdown file, kept so that diagnostics can quote the offending line.
enum SourceLines {
    /// `text` split at each `\n`, empty lines kept: the same lines as
    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, which splits on the
    /// character `"\n"` and so never inside a `"\r\n"` pair, found by scanning the UTF-8 bytes
    /// instead of walking the text character by character (the slow part of rendering a file).
    static func of(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var previous: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = index + 1
                }
                previous = byte
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }
}
