"""Every path of every decision aid, walked by keyboard alone, with JavaScript on and off, from
the test server and from disk: the outcome at the end is the one the flowchart says."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser import open_page
from wizard_walk import Path, answers_listed, choose, focused, follow_answer_link, heading, start


@pytest.mark.parametrize("where", ["server", "file"])
def test_with_javascript_on_answering_by_keyboard_leads_to_the_outcome_without_page_loads(
        browser: Browser, servers: dict, path: Path, where: str) -> None:
    aid = path.aid
    with open_page(browser, javascript=True) as page:
        start(page, aid, servers[aid.site] if where == "server" else None)
        page.evaluate("() => { window.__samePage = true; }")
        for number, step in enumerate(path.steps, 1):
            assert heading(page) == step.text
            choose(page, step.answer)
            now = focused(page)
            assert now["heading"], f"after answering question {number}, focus is on {now} instead of the new heading"
        assert heading(page) == path.outcome
        assert page.locator("[data-wizard-status]").inner_text() == f"Outcome: {path.outcome}"
        assert page.evaluate("() => window.__samePage === true"), "a page was loaded during the walk"
        assert answers_listed(page) == [(s.text, s.answer) for s in path.steps]


@pytest.mark.parametrize("where", ["server", "file"])
def test_with_javascript_off_following_the_answer_links_by_keyboard_leads_to_the_outcome(
        browser: Browser, servers: dict, path: Path, where: str) -> None:
    aid = path.aid
    with open_page(browser, javascript=False) as page:
        start(page, aid, servers[aid.site] if where == "server" else None)
        for step in path.steps:
            assert heading(page) == step.text
            assert not page.locator("input[name=answer]").first.is_visible(), "radios show although they need JavaScript"
            follow_answer_link(page, step.answer)
        assert heading(page) == path.outcome
        assert answers_listed(page) == [(s.text, s.answer) for s in path.steps]
