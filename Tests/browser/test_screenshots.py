"""Every page is photographed on a desktop and on a 320px phone, for people to look at."""

from pathlib import Path

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import screenshot_findings


def test_page_screenshot_is_saved(browser: Browser, site_url: str, page_path: str, view: str, screenshot_dir: Path) -> None:
    with open_page(browser, view) as page:
        fail_on(screenshot_findings(page, site_url + page_path, page_path, view, screenshot_dir))
