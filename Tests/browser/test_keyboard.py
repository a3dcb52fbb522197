"""A keyboard user meets a skip link first, then every control in reading order, always seeing focus."""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import keyboard_findings


def test_tab_reaches_a_skip_link_then_every_control_in_order_with_visible_focus(browser: Browser, site_url: str, page_path: str) -> None:
    with open_page(browser) as page:
        page.goto(site_url + page_path)
        fail_on(keyboard_findings(page, page_path))
