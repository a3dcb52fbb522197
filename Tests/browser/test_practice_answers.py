"""A practice page's answers (on each practice page among the representatives), each in a details
element: with JavaScript off, a keyboard user opens every one with Enter and sees the decision
aid's answer, and with every answer open the page still passes axe and does not scroll sideways at
320px. (The other gates check the page with the answers closed.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser import VIEWS, open_page
from findings import fail_on
from gates import axe_findings
from gates.layout import overflow_findings
from conftest import representative_pages
from page_kinds import page_kind
from sites import SitePage


def _practice_pages(pytestconfig: pytest.Config) -> list[SitePage]:
    """The practice pages among the representatives."""
    pages = [page for page in representative_pages(pytestconfig) if page_kind(page.path) == "practice page"]
    if not pages:
        pytest.skip("the site has no practice page (no flowchart with scenarios)")
    return pages


def test_every_answer_opens_from_the_keyboard_with_javascript_off(browser: Browser, servers: dict, pytestconfig: pytest.Config) -> None:
    for practice in _practice_pages(pytestconfig):
        page_path = practice.id
        with open_page(browser, javascript=False) as page:
            page.goto(servers[practice.site.name] + practice.path)
            summaries = page.locator("details > summary")
            assert summaries.count() > 0, f"{page_path} has no answers to reveal"
            for index in range(summaries.count()):
                details = page.locator("details").nth(index)
                answer = details.locator(".scenario__outcome")
                assert not answer.is_visible(), f"{page_path}: answer {index + 1} is shown before it is asked for"
                summaries.nth(index).focus()
                page.keyboard.press("Enter")
                assert details.evaluate("d => d.open"), f"{page_path}: Enter on answer {index + 1}'s summary did not open it"
                assert answer.is_visible() and answer.inner_text().strip(), f"{page_path}: answer {index + 1} is empty"
                assert details.locator("a[href]").count() >= 1, f"{page_path}: answer {index + 1} has no link to walk it"


@pytest.mark.parametrize("view", list(VIEWS))
def test_with_every_answer_open_the_page_passes_axe_and_fits(browser: Browser, servers: dict, pytestconfig: pytest.Config, view: str) -> None:
    findings = []
    for practice in _practice_pages(pytestconfig):
        page_path = practice.id
        with open_page(browser, view) as page:
            page.goto(servers[practice.site.name] + practice.path)
            page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
            name = f"{page_path} (answers open) @ {view}"
            findings += axe_findings(page, name) + overflow_findings(page, name)
    fail_on(findings)
