"""With JavaScript switched off, every kind of page shows all its content and every link works."""

from playwright.sync_api import Browser

from findings import fail_on
from gates import no_javascript_findings
from sites import SitePage


def test_page_content_and_links_work_with_javascript_off(browser: Browser, servers: dict, page: SitePage) -> None:
    fail_on(no_javascript_findings(browser, servers[page.site.name] + page.path, page.id))
