"""Finds every page of a generated site by following links from its entry pages.

The crawl reads the files on disk (no browser): every internal reference in HTML
(`a`, `link`, `script`, `img`, `source`, `form`, …) and in CSS (`url()`, `@import`)
is resolved, checked, and followed, so a new kind of page is covered without being listed.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from findings import Finding

#: Where a crawl starts: the home page, and the error page hosts serve for unknown paths.
ENTRY_PAGES = ("index.html", "404.html")
#: The error page: hosts show it at any depth, so its links start at the site's root (`/…`).
NOT_FOUND_PAGE = "404.html"

#: (tag, attribute) pairs holding one URL.
_URL_ATTRIBUTES = {
    ("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
    ("source", "src"), ("video", "src"), ("video", "poster"), ("audio", "src"), ("track", "src"),
    ("iframe", "src"), ("embed", "src"), ("object", "data"), ("form", "action"),
    ("input", "src"), ("use", "href"), ("image", "href"),
}
#: (tag, attribute) pairs holding a `srcset` list of URLs.
_SRCSET_ATTRIBUTES = {("img", "srcset"), ("source", "srcset")}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


@dataclass(frozen=True)
class Reference:
    """One URL written in a file: where it is, and the element or rule holding it."""

    source: str
    line: int
    element: str
    url: str


@dataclass
class Crawl:
    """What a crawl found: pages in the order reached, every other file used, and problems."""

    site_dir: Path
    pages: list[str] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: For each page reached by a link (`a` or `area`), the page the crawl first found that link on.
    linked_from: dict[str, str] = field(default_factory=dict)

    def findings_for(self, page: str) -> list[Finding]:
        """The crawl's findings about links written in `page`."""
        return [f for f in self.findings if f.page == page]

    def clicks_to(self, page: str) -> list[str]:
        """The pages a reader clicks through from an entry page to `page` (both included)."""
        chain = [page]
        while chain[-1] in self.linked_from and len(chain) <= len(self.pages):
            chain.append(self.linked_from[chain[-1]])
        return chain[::-1]


class _PageParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.ids: set[str] = set()
        self.references: list[Reference] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if name == "xlink:href":
                name = "href"
            if (tag, name) in _URL_ATTRIBUTES:
                self._add(line, tag, name, value)
            elif (tag, name) in _SRCSET_ATTRIBUTES:
                for candidate in value.split(","):
                    if candidate.strip():
                        self._add(line, tag, name, candidate.split()[0])

    handle_startendtag = handle_starttag

    def _add(self, line: int, tag: str, name: str, url: str) -> None:
        element = f'line {line} <{tag} {name}="{url}">'
        self.references.append(Reference(self.source, line, element, url.strip()))


def crawl(site_dir: Path, entry_pages: tuple[str, ...] = ENTRY_PAGES) -> Crawl:
    """Crawls `site_dir` from its entry pages; every page found ends up in `Crawl.pages`."""
    result = Crawl(site_dir)
    ids: dict[str, set[str]] = {}
    queue = [page for page in entry_pages if (site_dir / page).is_file()]
    seen = set(queue)
    while queue:
        source = queue.pop(0)
        path = site_dir / source
        if source.endswith(".html"):
            result.pages.append(source)
            parser = _PageParser(source)
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            ids[source] = parser.ids
            references = parser.references
        else:
            result.assets.append(source)
            references = _css_references(source, path) if source.endswith(".css") else []
        for reference in references:
            result.references.append(reference)
            target = _check(reference, site_dir, result.findings)
            if target and target not in seen:
                seen.add(target)
                queue.append(target)
                if reference.element.split()[2] in ("<a", "<area"):
                    result.linked_from[target] = source
    _check_fragments(result, ids)
    _report_orphans(result, site_dir)
    return result


def _css_references(source: str, path: Path) -> list[Reference]:
    text = path.read_text(encoding="utf-8", errors="replace")
    references = []
    for match in _CSS_URL.finditer(text):
        url = match.group(2) or match.group(4)
        line = text.count("\n", 0, match.start()) + 1
        references.append(Reference(source, line, f"line {line} {match.group(0)}", url.strip()))
    return references


def _check(reference: Reference, site_dir: Path, findings: list[Finding]) -> str | None:
    """Returns the site file an internal reference points at, recording any problem."""
    parts = urlsplit(reference.url)
    if parts.scheme or parts.netloc or not parts.path:
        return None  # another site, mailto:, data:, or a fragment of this same file
    def problem(rule: str, fix: str) -> None:
        findings.append(Finding(reference.source, rule, reference.element, fix))
    if parts.path.startswith("/"):
        if reference.source != NOT_FOUND_PAGE:
            problem("relative-links", "write the link relative to this file: root-absolute URLs break file:// and sub-path hosting")
        joined = parts.path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(reference.source), unquote(parts.path))
    target = posixpath.normpath(joined)
    if target.startswith("../") or target == "..":
        problem("broken-link", "the link leaves the site folder; point it at a file inside the site")
        return None
    if (site_dir / target).is_dir():
        target = posixpath.join(target, "index.html")
    if not (site_dir / target).is_file():
        problem("broken-link", f"{target} does not exist in the site; fix the link or generate the file")
        return None
    return target


def _check_fragments(result: Crawl, ids: dict[str, set[str]]) -> None:
    for reference in result.references:
        parts = urlsplit(reference.url)
        if parts.scheme or parts.netloc or "#" not in reference.url:
            continue
        if parts.path:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(reference.source), unquote(parts.path)).lstrip("/"))
            if (result.site_dir / target).is_dir():
                target = posixpath.join(target, "index.html")
        else:
            target = reference.source
        if target not in ids:
            continue  # not a page, or a broken link already reported
        fragment = unquote(parts.fragment)
        if fragment not in ids[target]:
            fix = (f'{target} has no element with id="{fragment}"; add the id or fix the link'
                   if fragment else 'an empty "#" goes nowhere; link to an element id or use a button')
            result.findings.append(Finding(reference.source, "broken-fragment", reference.element, fix))


def _report_orphans(result: Crawl, site_dir: Path) -> None:
    reached = set(result.pages)
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        if page not in reached:
            result.findings.append(Finding(page, "orphan-page", "the whole page",
                                           "no link from index.html reaches this page, so no gate checks it; link to it or stop generating it"))
