"""Opening the site straight from disk works: every file of each representative page loads, its
links open files, and a reader can click from index.html to it."""

import pytest
from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import click_through, from_disk_findings
from site_crawl import NOT_FOUND_PAGE
from sites import SitePage


def test_page_works_when_opened_from_disk(browser: Browser, page: SitePage) -> None:
    if page.path == NOT_FOUND_PAGE:
        pytest.skip("only a host shows 404.html, at any depth, so its links start at the host's root")
    with open_page(browser) as tab:
        fail_on(from_disk_findings(tab, page.site.dir, page.path))


def test_clicking_links_from_index_html_on_disk_reaches_the_page(browser: Browser, crawled: dict, page: SitePage) -> None:
    fail_on(click_through(browser, page.site.dir, crawled[page.site.name].clicks_to(page.path)))
