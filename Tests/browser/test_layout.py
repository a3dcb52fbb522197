"""Pages fit a 320px phone screen and stay readable when the reader doubles the text size."""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import overflow_findings, text_zoom_findings


def test_page_fits_a_320px_screen_without_scrolling_sideways(browser: Browser, site_url: str, page_path: str) -> None:
    with open_page(browser, "320px") as page:
        page.goto(site_url + page_path)
        fail_on(overflow_findings(page, f"{page_path} @ 320px"))


def test_page_is_readable_with_text_at_200_percent(browser: Browser, site_url: str, page_path: str) -> None:
    with open_page(browser, "desktop") as page:
        page.goto(site_url + page_path)
        fail_on(text_zoom_findings(page, page_path))
