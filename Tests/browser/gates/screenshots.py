"""Full-page PNG screenshots, so a person can look at every page as a reader sees it."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from findings import Finding


def screenshot_path(out_dir: Path, page_path: str, view: str) -> Path:
    """Where the screenshot of `page_path` in `view` goes: `<out>/briefings/x/index.320px.png`."""
    return out_dir / f"{page_path.removesuffix('.html')}.{view}.png"


def screenshot_findings(page: Page, url: str, page_path: str, view: str, out_dir: Path) -> list[Finding]:
    """Loads `url` and saves a full-page PNG; a page that does not load is the finding."""
    response = page.goto(url)
    name = f"{page_path} @ {view}"
    if response is None or not response.ok:
        status = response.status if response else "no response"
        return [Finding(name, "page-did-not-load", url, f"the server answered {status}; generate the page or fix the link")]
    path = screenshot_path(out_dir, page_path, view)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return []
