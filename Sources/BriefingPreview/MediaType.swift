/// The `Content-Type` a preview sends for a file, by its extension: what a static host sends for
/// the kinds of file a site holds, with UTF-8 named for text, and bytes for anything unknown.
public enum MediaType {
    public static func forFile(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return octetStream }
        return types[name[name.index(after: dot)...].lowercased()] ?? octetStream
    }

    public static let html = "text/html; charset=utf-8"
    static let octetStream = "application/octet-stream"

    private static let types: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "xml": "application/xml",
        "svg": "image/svg+xml",
        "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        "pdf": "application/pdf",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2",
        "csv": "text/csv; charset=utf-8",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]
}
