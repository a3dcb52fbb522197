"""JavaScript off: the page's content is all there and every link and control still works."""

from __future__ import annotations

from urllib.parse import urldefrag

from playwright.sync_api import Browser

from browser import open_page
from findings import Finding
from gates.dom import script

#: Elements whose text counts as the page's content.
_CONTENT = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, legend, label, summary, blockquote"

_TEXTS = script(r"""
return [...document.querySelectorAll(arg)].map((el) => el.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
""")

_CONTROLS = script(r"""
const main = document.querySelector('main');
const links = [...document.querySelectorAll('a')].map((a) => ({
  name: describe(a), raw: a.getAttribute('href'), href: a.href,
  fragmentMissing: !!a.hash && a.href.split('#')[0] === location.href.split('#')[0] &&
                   !document.getElementById(decodeURIComponent(a.hash.slice(1))) }));
const buttons = [...document.querySelectorAll('button, input[type=button]')]
  .filter((b) => (b.type === 'button' || !b.form) && b.checkVisibility({ visibilityProperty: true }))
  .map(describe);
return { mainText: main ? main.textContent.trim().length : -1, links, buttons };
""")


def no_javascript_findings(browser: Browser, url: str, name: str, view: str = "desktop") -> list[Finding]:
    """Loads `url` with JavaScript on and off and reports content or controls that need JavaScript."""
    with open_page(browser, view, javascript=True) as page:
        page.goto(url)
        with_js = page.evaluate(_TEXTS, _CONTENT)
    with open_page(browser, view, javascript=False) as page:
        response = page.goto(url)
        without_js = set(page.evaluate(_TEXTS, _CONTENT))
        state = page.evaluate(_CONTROLS)
        statuses = {link["href"]: None for link in state["links"]
                    if link["href"].startswith(_origin(url)) and urldefrag(link["href"])[0] != urldefrag(url)[0]}
        for href in statuses:
            statuses[href] = page.request.get(urldefrag(href)[0]).status
    found = []
    off = f"{name} @ JavaScript off"
    if response is None or not response.ok:
        return [Finding(off, "page-did-not-load", url, "the page must load without JavaScript")]
    if state["mainText"] <= 0:
        found.append(Finding(off, "content-missing-without-javascript", "main",
                             "the page needs a <main> with its content written in the HTML, not added by script"))
    for text in dict.fromkeys(with_js):
        if text not in without_js:
            found.append(Finding(off, "content-missing-without-javascript", _quote(text),
                                 "this text only appears when JavaScript runs; write it into the HTML"))
    for link in state["links"]:
        raw = (link["raw"] or "").strip()
        if not raw or raw == "#" or raw.lower().startswith("javascript:"):
            found.append(Finding(off, "link-needs-javascript", link["name"],
                                 "give the link a real href to a page or an id, or make it a button that is hidden without JavaScript"))
        elif link["fragmentMissing"]:
            found.append(Finding(off, "link-needs-javascript", link["name"], "the link's #id is not on the page without JavaScript"))
        elif statuses.get(link["href"], 200) != 200:
            found.append(Finding(off, "broken-link", link["name"], f"{link['href']} answers {statuses[link['href']]}"))
    for button in state["buttons"]:
        found.append(Finding(off, "control-needs-javascript", button,
                             "a button outside a form does nothing without JavaScript; add it from the script, or hide it until the script runs"))
    return found


def _origin(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}/"


def _quote(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:77] + "...")
