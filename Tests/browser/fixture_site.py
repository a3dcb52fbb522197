"""A small, correct hand-written site shaped like the generator's output.

Used to prove the gates pass a good site (no false alarms) and, when no generated site
exists yet, as the base the broken page is added to.
"""

from __future__ import annotations

from pathlib import Path

_CSS_NAME = "assets/site.3f9a1c.css"
_JS_NAME = "assets/site.8b2e47.js"

_CSS = """\
:root { --text: #0b0c0c; --link: #1d5aa0; --focus: #ffdd00; --paper: #ffffff; }
html { font-size: 100%; }
body { margin: 0; font-family: sans-serif; font-size: 1.1875rem; line-height: 1.5; color: var(--text); background: var(--paper); }
.skip-link { position: absolute; left: 1rem; top: -10rem; padding: 0.5rem; background: var(--focus); color: var(--text); }
.skip-link:focus { top: 0.5rem; }
header, main, footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--link); overflow-wrap: anywhere; }
a:focus-visible { outline: 3px solid var(--focus); background: var(--focus); color: var(--text); box-shadow: 0 4px var(--text); }
h1 { font-size: 2rem; line-height: 1.2; }
.js-only { display: none; }
"""

_JS = """\
document.documentElement.classList.add('js');
"""


def _page(depth: int, title: str, body: str) -> str:
    up = "../" * depth
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – 7-minute briefings</title>
<link rel="stylesheet" href="{up}{_CSS_NAME}">
<script src="{up}{_JS_NAME}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header><p><a href="{up}index.html">7-minute briefings</a></p></header>
<main id="main">
{body}
</main>
<footer><p><a href="{up}references/index.html">References</a></p></footer>
</body>
</html>
"""


_PAGES = {
    "index.html": (0, "Briefings", """<h1>7-minute briefings</h1>
<ul>
<li><a href="briefings/information-sharing/index.html">Information sharing</a></li>
</ul>"""),
    "404.html": (0, "Page not found", """<h1>Page not found</h1>
<p>Check the address, or go to the <a href="index.html">list of briefings</a>.</p>"""),
    "briefings/information-sharing/index.html": (2, "Information sharing", """<h1>Information sharing</h1>
<nav aria-label="Contents"><ol>
<li><a href="#background">Background</a></li>
<li><a href="#why-it-matters">Why it matters</a></li>
</ol></nav>
<h2 id="background">Background</h2>
<p>Practitioners should share information to keep children safe <a href="../../references/index.html#working-together">(Working Together)</a>.</p>
<h2 id="why-it-matters">Why it matters</h2>
<p>Fears about sharing information must not stand in the way of safeguarding.</p>"""),
    "references/index.html": (1, "References", """<h1>References</h1>
<ul>
<li id="working-together">Working Together to Safeguard Children (2023).</li>
</ul>"""),
}


def write_fixture_site(root: Path) -> Path:
    """Writes the fixture site into `root` (created if needed) and returns `root`."""
    for path, (depth, title, body) in _PAGES.items():
        _write(root / path, _page(depth, title, body))
    _write(root / _CSS_NAME, _CSS)
    _write(root / _JS_NAME, _JS)
    return root


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
