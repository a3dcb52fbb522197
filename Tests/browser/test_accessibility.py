"""axe-core finds no WCAG 2.2 A/AA violation on any page, on a desktop and on a 320px phone."""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import axe_findings


def test_page_has_no_accessibility_violations(browser: Browser, site_url: str, page_path: str, view: str) -> None:
    with open_page(browser, view) as page:
        page.goto(site_url + page_path)
        fail_on(axe_findings(page, f"{page_path} @ {view}"))
