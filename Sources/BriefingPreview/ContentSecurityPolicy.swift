/// The policy a preview sends as a `Content-Security-Policy` header with every response: the one
/// the built pages declare in their `<meta http-equiv>` (from `templates/layout.mustache`), so the
/// header and the page never disagree; the strict default while no page has been built.
public enum ContentSecurityPolicy {
    public static let strict = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'"

    /// The policy a page declares, if it declares one.
    public static func declared(in html: String) -> String? {
        guard let meta = html.range(of: "http-equiv=\"Content-Security-Policy\"", options: .caseInsensitive) else { return nil }
        let rest = html[meta.upperBound...]
        guard let end = rest.firstIndex(of: ">"),
              let start = rest[..<end].range(of: "content=\"") else { return nil }
        let value = rest[start.upperBound..<end]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<close])
    }
}
