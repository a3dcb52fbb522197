"""A keyboard user meets a skip link first, then every control in reading order, always seeing focus."""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import keyboard_findings
from sites import SitePage


def test_tab_reaches_a_skip_link_then_every_control_in_order_with_visible_focus(browser: Browser, servers: dict, page: SitePage) -> None:
    with open_page(browser) as tab:
        tab.goto(servers[page.site.name] + page.path)
        fail_on(keyboard_findings(tab, page.id))
