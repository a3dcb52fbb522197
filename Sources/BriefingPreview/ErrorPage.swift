import BriefingEngine

/// The page every open tab shows, with status 500, while the last save does not build: each
/// diagnostic exactly as the terminal prints it (`path:line:col: error:`, the line, the caret, the
/// hint), in a numbered list under a heading a screen reader announces first. Made by the server,
/// not from `templates/`, since a broken template may be the very problem it reports.
public enum ErrorPage {
    /// - Parameters:
    ///   - heading: what failed, in words ("The site did not build").
    ///   - summary: one sentence under it (how many errors, what happens next).
    ///   - diagnostics: each as printed in the terminal, several lines each.
    ///   - build: the token of this failure, so the page reloads when it is mended.
    public static func render(heading: String, summary: String, diagnostics: [String], build: String, policy: String) -> String {
        let items = diagnostics.map { "<li><pre tabindex=\"0\">\(escape($0))</pre></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(escape(policy))">
            <title>Error: \(escape(heading)) – briefing serve</title>
            <link rel="stylesheet" href="\(LiveReload.stylePath)">
            \(LiveReload.scriptTag(build: build))
            </head>
            <body class="briefing-preview-error">
            <main>
            <div class="summary">
            <h1>\(escape(heading))</h1>
            <p>\(escape(summary))</p>
            </div>
            <h2>What to fix</h2>
            <ol>
            \(items)
            </ol>
            </main>
            </body>
            </html>

            """
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.attribute(text) }
}
