"""Deliberately broken pages, added to a copy of a site to prove each gate catches its faults.

`add_broken_pages(site)` writes `broken/index.html` (linked from the site's index.html),
`broken/no-csp.html`, `broken/loose-csp.html` and `broken/folder-only/index.html` (linked from the
broken page, the last by its folder) and `broken/orphan.html` (linked from nowhere), with the
stylesheet and scripts they need. Each fault is named in `FAULTS`.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

BROKEN = "broken/index.html"
NO_CSP = "broken/no-csp.html"
LOOSE_CSP = "broken/loose-csp.html"
ORPHAN = "broken/orphan.html"
FOLDER_ONLY = "broken/folder-only/index.html"

#: What is wrong on the broken pages, by the gate that must catch it.
FAULTS = {
    "links": "a link to a missing file, a #fragment with no target, an empty '#', a root-absolute link, an unlinked page",
    "axe": "an image without alt text, a text field without a label",
    "html": "a stray end tag, a duplicate id",
    "privacy": "an inline script, an inline style, a script from another origin; a page without CSP that sets a cookie, localStorage and sessionStorage and logs an error; a policy that allows inline code and another site, placed after a stylesheet",
    "layout": "a 600px wide element, a box of fixed height that clips text at 200%, text sized in px",
    "keyboard": "no skip link, a positive tabindex, a link whose focus is invisible",
    "no-javascript": "a paragraph written by script, a link to '#', a button outside any form",
    "from-disk": "a root-absolute stylesheet, a link to a folder, a page reached only by a link to its folder",
    "screenshots": "a link to a page that does not exist",
}

_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
_CSP = """<meta http-equiv="Content-Security-Policy" content="default-src 'self'">"""

_BROKEN = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
{csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Broken page</title>
{site_css}
<link rel="stylesheet" href="broken.css">
<link rel="stylesheet" href="/broken/extra.css">
<script src="broken.js" defer></script>
<script src="https://tracker.invalid/t.js"></script>
</head>
<body>
<header><p><a href="../index.html" tabindex="2">Home</a></p></header>
<main id="main">
<h1>Broken page</h1>
<p>Links: <a href="missing.html">missing page</a>, <a href="../index.html#nowhere">missing fragment</a>,
<a href="#">open menu</a>, <a href="/index.html">root-absolute home</a>, <a href="./">this folder</a>,
<a href="no-csp.html">page without a policy</a>, <a href="loose-csp.html">page with a loose policy</a>,
<a href="folder-only/">a page reached by its folder</a>.</p>
<p><a class="no-focus" href="../index.html">A link with no focus style</a></p>
<p><img src="picture.png"> <input type="text" name="unlabelled"></p>
<div id="twice"><p>Invalid markup</span></p></div>
<div id="twice"></div>
<div class="too-wide">600 pixels wide</div>
<p class="clipped">Short text in a fixed-height box</p>
<p class="fixed-size">Text fixed at 14 pixels</p>
<div id="from-script"></div>
<button type="button">Show more</button>
<p style="color: red">Inline style</p>
<script>console.log("inline script");</script>
</main>
</body>
</html>
"""

_NO_CSP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Page without a policy</title>
<script src="https://tracker.invalid/t.js"></script>
<script src="tracker.js"></script>
</head>
<body>
<main id="main"><h1>Page without a policy</h1><p><a href="index.html">Back</a></p></main>
</body>
</html>
"""

_LOOSE_CSP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Page with a loose policy</title>
<link rel="stylesheet" href="extra.css">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.invalid">
</head>
<body>
<main id="main"><h1>Page with a loose policy</h1><p><a href="index.html">Back</a></p></main>
</body>
</html>
"""

_FOLDER_ONLY_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
{csp}
<title>Reached by its folder</title>
</head>
<body>
<main id="main"><h1>Reached by its folder</h1><p><a href="../index.html">Back</a></p></main>
</body>
</html>
"""

_CSS = """\
.too-wide { width: 600px; }
.clipped { height: 24px; font-size: 1rem; line-height: 1.5; overflow: hidden; }
.fixed-size { font-size: 14px; }
.no-focus, .no-focus:focus, .no-focus:focus-visible {
  outline: none !important; box-shadow: none !important; background: transparent !important;
  color: #1d5aa0 !important; border: 0 !important; text-decoration: underline !important;
}
"""

_JS = """\
document.getElementById('from-script').innerHTML = '<p>Only shown with JavaScript</p>';
"""

_TRACKER = """\
document.cookie = 'visitor=1';
localStorage.setItem('seen', 'yes');
sessionStorage.setItem('step', '2');
console.error('tracker failed');
"""


def add_broken_pages(site_dir: Path) -> None:
    """Adds the broken pages to `site_dir` (a copy, never the real site) and links them from index.html."""
    folder = site_dir / "broken"
    folder.mkdir(exist_ok=True)
    index = site_dir / "index.html"
    home = index.read_text(encoding="utf-8")
    site_css = "\n".join(f'<link rel="stylesheet" href="../{href}">' for href in _stylesheets(home))
    (folder / "index.html").write_text(_BROKEN.format(csp=_CSP, site_css=site_css), encoding="utf-8")
    (folder / "no-csp.html").write_text(_NO_CSP, encoding="utf-8")
    (folder / "loose-csp.html").write_text(_LOOSE_CSP, encoding="utf-8")
    (folder / "orphan.html").write_text(_NO_CSP.replace("Page without a policy", "Orphan"), encoding="utf-8")
    (folder / "folder-only").mkdir(exist_ok=True)
    (site_dir / FOLDER_ONLY).write_text(_FOLDER_ONLY_PAGE.format(csp=_CSP), encoding="utf-8")
    (folder / "broken.css").write_text(_CSS, encoding="utf-8")
    (folder / "extra.css").write_text("p { margin-top: 1rem; }\n", encoding="utf-8")
    (folder / "broken.js").write_text(_JS, encoding="utf-8")
    (folder / "tracker.js").write_text(_TRACKER, encoding="utf-8")
    (folder / "picture.png").write_bytes(_PNG)
    link = f'<p><a href="{BROKEN}">Broken page</a></p>\n'
    closing = "</main>" if "</main>" in home else "</body>"
    index.write_text(home.replace(closing, link + closing, 1), encoding="utf-8")


def _stylesheets(html: str) -> list[str]:
    """The site's own relative stylesheets, so the broken page looks like the others."""
    links = re.findall(r"<link\b[^>]*>", html)
    sheets = [re.search(r'href="([^"]+)"', tag) for tag in links if re.search(r'rel="?stylesheet', tag)]
    return [m.group(1) for m in sheets if m and "://" not in m.group(1) and not m.group(1).startswith("/")]
