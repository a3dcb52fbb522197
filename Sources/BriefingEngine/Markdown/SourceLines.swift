/// The lines of a Markdown or Swift file, kept so that diagnostics can quote the offending line.
enum SourceLines {
    /// `text` split at each line ending, empty lines kept. A line ends where cmark-gfm ends one, at
    /// `\n`, `\r\n` or a lone `\r`, so that a file saved with Windows line endings is quoted at the
    /// same line numbers cmark-gfm reports. Found by scanning the UTF-8 bytes instead of walking
    /// the text character by character (the slow part of rendering a file).
    static func of(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                    index += 1
                    continue
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                index += 1
                start = index
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }
}
