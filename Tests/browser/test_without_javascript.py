"""With JavaScript switched off, every page shows all its content and every link works."""

from playwright.sync_api import Browser

from findings import fail_on
from gates import no_javascript_findings


def test_page_content_and_links_work_with_javascript_off(browser: Browser, site_url: str, page_path: str) -> None:
    fail_on(no_javascript_findings(browser, site_url + page_path, page_path))
