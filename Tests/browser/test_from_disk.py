"""Opening site/index.html straight from disk works: every file loads and every page is a click away."""

from pathlib import Path

from playwright.sync_api import Browser

from browser import open_page
from findings import Finding, fail_on
from gates import from_disk_findings, reach_by_clicking
from site_crawl import Crawl


def test_page_works_when_opened_from_disk(browser: Browser, site_dir: Path, page_path: str) -> None:
    with open_page(browser) as page:
        fail_on(from_disk_findings(page, site_dir, page_path))


def test_clicking_links_from_index_html_on_disk_reaches_every_page(browser: Browser, site_dir: Path, crawled: Crawl) -> None:
    reached, found = reach_by_clicking(browser, site_dir)
    found += [Finding(page, "unreachable-from-disk", "index.html", "no chain of clicks from index.html opened this page from disk")
              for page in crawled.pages if page not in reached]
    fail_on(found)
