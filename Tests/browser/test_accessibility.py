"""axe-core finds no WCAG 2.2 A/AA violation on any kind of page in any state, on a desktop and on
a 320px phone; each representative is photographed in both views as it is checked, for people to
look at (test-output/screenshots/)."""

from pathlib import Path

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import axe_findings, screenshot_findings
from sites import SitePage


def test_page_has_no_accessibility_violations(browser: Browser, servers: dict, page: SitePage, view: str,
                                              screenshot_dir: Path) -> None:
    shots = screenshot_dir if page.site.name == "site" else screenshot_dir / page.site.name
    with open_page(browser, view) as tab:
        found = screenshot_findings(tab, servers[page.site.name] + page.path, page.path, view, shots)
        fail_on(found or axe_findings(tab, f"{page.id} @ {view}"))
