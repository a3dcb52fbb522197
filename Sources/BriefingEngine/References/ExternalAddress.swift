/// The form every address of another site must have: `https:`, a host, and no white space.
/// (Whether it answers is checked by people with a network, not by the build.)
public enum ExternalAddress {
    /// What is wrong with `address`, or nil when its form is fine.
    public static func problem(with address: String) -> String? {
        if address.contains(where: \.isWhitespace) { return "the address '\(address)' contains a space" }
        guard address.lowercased().hasPrefix("https://") else { return "the address '\(address)' does not start with https://" }
        let host = address.dropFirst("https://".count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.isEmpty || !host.contains(".") { return "the address '\(address)' has no host name" }
        return nil
    }
}
