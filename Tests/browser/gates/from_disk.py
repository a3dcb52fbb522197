"""file://: the site opened straight from disk (double-clicking index.html) still works."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from playwright.sync_api import Browser, Error, Page

from browser import open_page
from findings import Finding
from gates.dom import script
from site_crawl import ENTRY_PAGES

_LINKS = script(r"""
return [...document.querySelectorAll('a[href]')].map((a, index) => ({ index, name: describe(a), href: a.href }));
""")


def from_disk_findings(page: Page, site_dir: Path, page_path: str) -> list[Finding]:
    """Opens `page_path` by its file:// URL and reports files that fail to load and links that break."""
    failed: list[str] = []
    errors: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"{request.url} ({request.failure})"))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "Failed to load resource" not in m.text else None)
    page.goto(_file_url(site_dir, page_path))
    name = f"{page_path} @ file://"
    found = [Finding(name, "file-failed-to-load", url, "use a relative URL to a file that exists in the site") for url in failed]
    found += [Finding(name, "error-on-disk", "console", message, ) for message in errors]
    for link in page.evaluate(_LINKS):
        problem = _link_problem(site_dir, link["href"])
        if problem:
            found.append(Finding(name, "link-breaks-on-disk", link["name"], problem))
    return found


def reach_by_clicking(browser: Browser, site_dir: Path, starts: tuple[str, ...] = ENTRY_PAGES) -> tuple[list[str], list[Finding]]:
    """Opens the entry pages from disk and clicks through to every page they reach.

    Returns the pages reached (paths inside `site_dir`) and the links whose click did not
    arrive where the link said it would.
    """
    reached = [start for start in starts if (site_dir / start).is_file()]
    found: list[Finding] = []
    with open_page(browser) as page:
        for source in reached:  # grows while we walk it
            page.goto(_file_url(site_dir, source))
            for link in page.evaluate(_LINKS):
                target = _site_page(site_dir, link["href"])
                if target is None or target in reached or _link_problem(site_dir, link["href"]):
                    continue
                arrived = _click(page, link["index"])
                if _site_page(site_dir, arrived) == target:
                    reached.append(target)
                else:
                    found.append(Finding(f"{source} @ file://", "link-breaks-on-disk", link["name"],
                                         f"clicking it opened {arrived} instead of {target}"))
                page.goto(_file_url(site_dir, source))
    return reached, found


def click_through(browser: Browser, site_dir: Path, chain: list[str]) -> list[Finding]:
    """Opens `chain[0]` from disk and clicks, page by page, a link to the next page of `chain`
    (as `Crawl.clicks_to` gives it), reporting where there is no such link or the click lands
    elsewhere."""
    with open_page(browser) as page:
        page.goto(_file_url(site_dir, chain[0]))
        for source, target in zip(chain, chain[1:]):
            name = f"{source} @ file://"
            link = next((link for link in page.evaluate(_LINKS) if _opens(site_dir, link["href"]) == target), None)
            if link is None:
                return [Finding(name, "unreachable-from-disk", chain[-1], f"no link to {target} on the way from {chain[0]}")]
            arrived = _click(page, link["index"])
            if _site_page(site_dir, arrived) != target:
                return [Finding(name, "link-breaks-on-disk", link["name"], f"clicking it opened {arrived} instead of {target}")]
    return []


def _click(page: Page, index: int) -> str:
    link = page.locator("a[href]").nth(index)
    try:
        with page.expect_navigation(timeout=5000):
            if link.is_visible():
                link.click(timeout=5000)
            else:
                link.dispatch_event("click")  # e.g. inside a closed <details>
    except Error as error:
        return f"nothing ({error.message.splitlines()[0]})"
    return page.url


def _file_url(site_dir: Path, page_path: str) -> str:
    return (site_dir / page_path).resolve().as_uri()


def _site_page(site_dir: Path, url: str) -> str | None:
    """The site page a file:// URL opens, or None for other URLs and non-pages."""
    address = urldefrag(url)[0]
    if not address.startswith("file:"):
        return None
    path = Path(unquote(urlsplit(address).path))
    try:
        relative = path.relative_to(site_dir.resolve()).as_posix()
    except ValueError:
        return None
    return relative if relative.endswith(".html") else None


def _opens(site_dir: Path, url: str) -> str | None:
    """The site page a link means to open: the page itself, or a folder's index.html (which a
    server would serve for the folder, and a file:// click does not)."""
    page = _site_page(site_dir, url)
    if page is None and url.startswith("file:"):
        path = Path(unquote(urlsplit(urldefrag(url)[0]).path))
        if path.is_dir():
            page = _site_page(site_dir, (path / "index.html").as_uri())
    return page


def _link_problem(site_dir: Path, url: str) -> str | None:
    """Why a link found in a page opened from disk would not open a file, or None if it would."""
    if not url.startswith("file:"):
        return None
    path = Path(unquote(urlsplit(urldefrag(url)[0]).path))
    root = site_dir.resolve()
    if path != root and root not in path.parents:
        return f"opens {path} which is outside the site folder (a root-absolute URL?); write it relative to this page"
    if path.is_dir():
        return f"opens the folder {path.relative_to(root).as_posix() or '.'}/ (a file listing), not a page; link to …/index.html"
    if not path.is_file():
        return f"{path.relative_to(root).as_posix()} does not exist"
    return None
