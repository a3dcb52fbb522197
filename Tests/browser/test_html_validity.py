"""The Nu HTML Checker reports no error on any page."""

from findings import Finding, fail_on


def test_page_is_valid_html(html_errors: list[Finding], page_path: str) -> None:
    fail_on([f for f in html_errors if f.page == page_path])
