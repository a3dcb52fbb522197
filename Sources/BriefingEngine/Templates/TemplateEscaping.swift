import Mustache

/// How every `{{value}}` of a template is escaped: by `HTMLEscaping`, byte by byte. swift-mustache's
/// own HTML escaping compares Characters, so a value with `"` followed by a combining accent (a
/// heading an author typed, say) kept its quote and could add an attribute to the tag around it.
/// Each template's text is read with `pragma` in front of it, which names this escaping for the
/// whole template and the partials it renders. The tag stands on a line of its own, which Mustache
/// removes whole, so the output is as without it; a parse error's line is one less than Mustache says.
struct TemplateEscaping: MustacheContentType {
    static let name = "BRIEFING_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the escaping with swift-mustache once, before any template that names it is read.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscaping.attribute(text)
    }
}
