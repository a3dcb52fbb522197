"""The Nu HTML Checker, run once over every page of every site, reports no error on any page."""

from findings import Finding, fail_on
from sites import SitePage


def test_page_is_valid_html(html_errors: list[Finding], any_page: SitePage) -> None:
    fail_on([f for f in html_errors if f.page == any_page.id])
