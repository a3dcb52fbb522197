"""Pages stay readable when the reader doubles the text size. (Every page's fit on a 320px screen
is part of the quick look, test_quick_look.py.)"""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import text_zoom_findings
from sites import SitePage


def test_page_is_readable_with_text_at_200_percent(browser: Browser, servers: dict, page: SitePage) -> None:
    with open_page(browser, "desktop") as tab:
        tab.goto(servers[page.site.name] + page.path)
        fail_on(text_zoom_findings(tab, page.id))
