/// What `briefing serve` adds to a page, and only while serving: one `<script src>` from the
/// preview's own address (`/_briefing/`, a name a site never has), so the page stays within its
/// Content-Security-Policy (`'self'`) and `site/` stays exactly as built, script-free where it is.
/// The script listens to the server's events and reloads the page when the build it shows is no
/// longer the current one; a note from the server (Swift being rebuilt) shows in a status box.
public enum LiveReload {
    /// Where the preview's own files are served; `ServedFolder` refuses hidden names, and no
    /// generated page lives under `_briefing/`.
    public static let prefix = "/_briefing/"
    public static let scriptPath = prefix + "reload.js"
    public static let stylePath = prefix + "preview.css"
    public static let eventsPath = prefix + "events"

    /// The tag naming the build a page came from, so the script can tell when it is out of date.
    public static func scriptTag(build: String) -> String {
        "<script src=\"\(scriptPath)\" data-build=\"\(build)\" defer></script>"
    }

    /// The page with the script added at the end of its head (or at the start, if it has no head).
    public static func inject(into html: String, build: String) -> String {
        let tag = scriptTag(build: build)
        if let end = html.range(of: "</head>", options: .caseInsensitive) {
            return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: tag + "\n")
        }
        return tag + "\n" + html
    }

    /// The script: vanilla, no build step, nothing stored.
    public static let script = """
        // briefing serve's live reload: served only by `briefing serve`, never part of site/.
        (function () {
          "use strict";
          var script = document.currentScript;
          var shown = script ? script.getAttribute("data-build") : null;
          var box = null;
          function statusBox() {
            if (box) { return box; }
            var style = document.createElement("link");
            style.rel = "stylesheet";
            style.href = "\(stylePath)";
            document.head.appendChild(style);
            box = document.createElement("div");
            box.className = "briefing-preview-status";
            box.setAttribute("role", "status");
            document.body.appendChild(box);
            return box;
          }
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("build", function (event) {
            if (event.data !== shown) { window.location.reload(); }
          });
          source.addEventListener("status", function (event) {
            statusBox().textContent = event.data;
          });
          // Made now, empty, so that a screen reader announces the first note put in it.
          statusBox();
        })();

        """

    /// The look of the status box and of the error page.
    public static let style = """
        .briefing-preview-status:empty { display: none; }
        .briefing-preview-status {
          position: fixed; inset: auto 0 0 0; z-index: 1000; margin: 0; padding: 0.75rem 1rem;
          background: #0b0c0c; color: #fff; font: 1rem/1.4 system-ui, sans-serif; border-top: 4px solid #ffdd00;
        }
        body.briefing-preview-error {
          margin: 0; padding: 1rem; color: #0b0c0c; background: #fff; font: 1.1875rem/1.5 system-ui, sans-serif;
        }
        .briefing-preview-error main { max-width: 60rem; margin: 0 auto; }
        .briefing-preview-error h1 { font-size: 2rem; margin: 0.5rem 0 1rem; }
        .briefing-preview-error .summary { border: 5px solid #d4351c; padding: 1rem; }
        .briefing-preview-error ol { padding-left: 1.5rem; }
        .briefing-preview-error pre {
          overflow-x: auto; padding: 0.75rem; background: #f3f2f1; border-left: 5px solid #d4351c;
          font: 1rem/1.4 ui-monospace, monospace; white-space: pre;
        }
        .briefing-preview-error pre:focus { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #0b0c0c; }

        """
}
