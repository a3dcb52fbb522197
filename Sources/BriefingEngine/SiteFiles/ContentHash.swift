/// A short, stable fingerprint of some bytes: the 64-bit FNV-1a hash, in hex. The one hash the
/// engine uses, for asset file names (`site.0123456789.css`) and each flowchart's version. Not for
/// security: it only has to change when the bytes change.
public enum ContentHash {
    /// The first `digits` hex digits (at most 16) of the FNV-1a 64-bit hash of `bytes`, zero-padded.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes, digits: Int = 10) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(digits))
    }
}
