"""Opening the site straight from disk works: every file of each representative page loads, its
links open files, and a reader can click from index.html to it."""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import click_through, from_disk_findings
from sites import SitePage


def test_page_works_when_opened_from_disk(browser: Browser, page: SitePage) -> None:
    with open_page(browser) as tab:
        fail_on(from_disk_findings(tab, page.site.dir, page.path))


def test_clicking_links_from_index_html_on_disk_reaches_the_page(browser: Browser, crawled: dict, page: SitePage) -> None:
    fail_on(click_through(browser, page.site.dir, crawled[page.site.name].clicks_to(page.path)))
