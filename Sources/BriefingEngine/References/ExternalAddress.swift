/// The form every address of another site must have: `https:`, a host, and no white space.
/// (Whether it answers is checked by people with a network, not by the build.)
public enum ExternalAddress {
    /// What is wrong with `address`, or nil when its form is fine.
    public static func problem(with address: String) -> String? {
        if containsWhiteSpace(address) { return "the address '\(address)' contains a space" }
        guard address.lowercased().hasPrefix("https://") else { return "the address '\(address)' does not start with https://" }
        let host = address.dropFirst("https://".count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.isEmpty || !host.contains(".") { return "the address '\(address)' has no host name" }
        return nil
    }

    /// Whether any character of `address` is white space; by byte when it is ASCII (nearly every
    /// address), where a character is white space exactly when its byte is.
    private static func containsWhiteSpace(_ address: String) -> Bool {
        guard address.utf8.allSatisfy({ $0 < 0x80 }) else { return address.contains(where: \.isWhitespace) }
        return address.utf8.contains { (0x09...0x0D).contains($0) || $0 == UInt8(ascii: " ") }
    }
}
