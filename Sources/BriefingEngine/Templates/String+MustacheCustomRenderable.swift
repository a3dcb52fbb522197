import Mustache

/// A text value renders as itself. swift-mustache asks a value whether it is a template, a custom
/// renderable, a lambda or an optional before it falls back to `String(describing:)`, each a
/// dynamic cast; most values a page inserts are strings, so naming them renderable answers at the
/// second cast and skips the copy. The output is the same: `renderText` is the string itself,
/// escaped by `TemplateEscaping` as before, and a string is never null, so sections behave alike.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
