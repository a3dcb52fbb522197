"""A reader's visit leaves no trace and asks nothing of any other site."""

from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import PrivacyWatch


def test_page_loads_only_from_the_site_stores_nothing_and_obeys_its_policy(browser: Browser, site_url: str, page_path: str) -> None:
    with open_page(browser) as page:
        watch = PrivacyWatch(page, site_url)
        page.goto(site_url + page_path)
        fail_on(watch.findings(page_path))
