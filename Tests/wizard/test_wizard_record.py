"""The decision record on the outcome page: copied, downloaded and printed, it holds the briefing,
the flowchart's title and version, each question and answer, the outcome, the date and time,
and what the practitioner typed; nothing typed goes into the address or anywhere else."""

from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from wizard_walk import Aid, Path, choose, start, tab_to

REASONS = "Mother asked for help with housing; risk of harm to the baby.\nDiscussed with DSL."
SHARED_WITH = "Health visitor team (J. Smith)"


def _longest(aid: Aid) -> Path:
    return max(aid.paths, key=lambda p: len(p.steps))


def _walk_and_type(page: Page, aid: Aid, origin: str | None) -> Path:
    """Walks the aid's longest path by keyboard and types the reasons and who it was shared with."""
    path = _longest(aid)
    start(page, aid, origin)
    for step in path.steps:
        choose(page, step.answer)
    tab_to(page, lambda f: f["tag"] == "textarea" and f["name"] == "reasons", "the reasons field")
    page.keyboard.type(REASONS)
    tab_to(page, lambda f: f["tag"] == "textarea" and f["name"] == "sharedWith", "the shared-with field")
    page.keyboard.type(SHARED_WITH)
    return path


def _briefing_title(browser: Browser, aid: Aid, origin: str) -> str:
    with open_page(browser, javascript=False) as page:
        page.goto(aid.url(origin))
        return page.locator(".caption-l").first.inner_text().strip()


def _check_record(text: str, path: Path, briefing: str) -> None:
    today = datetime.date.today()
    lines = text.splitlines()
    assert lines[0] == "Decision record"
    assert f"Briefing: {briefing}" in lines
    assert f"Decision aid: {path.aid.title} (flowchart version {path.aid.version})" in lines
    recorded = next(line for line in lines if line.startswith("Recorded: "))
    assert f"{today.day} {today:%B %Y}" in recorded and any(ch.isdigit() for ch in recorded.split(" at ")[-1]), recorded
    for number, step in enumerate(path.steps, 1):
        assert f"{number}. {step.text}" in lines and f"   Answer: {step.answer}" in lines
    assert f"Outcome: {path.outcome}" in lines
    assert REASONS in text and SHARED_WITH in text


def test_copy_record_puts_the_whole_record_on_the_clipboard(browser: Browser, servers: dict, aid: Aid) -> None:
    origin = servers[aid.site]
    briefing = _briefing_title(browser, aid, origin)
    with open_page(browser) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin.rstrip("/"))
        path = _walk_and_type(page, aid, origin)
        tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Copy record", '"Copy record"')
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.querySelector('[data-record-status]').textContent.includes('copied')")
        _check_record(page.evaluate("() => navigator.clipboard.readText()"), path, briefing)
        assert REASONS.split()[0] not in page.url and "Health" not in page.url, "typed text must never reach the address"


@pytest.mark.parametrize("where", ["server", "file"])
def test_download_record_saves_a_text_file_of_the_record(browser: Browser, servers: dict, aid: Aid, where: str) -> None:
    origin = servers[aid.site]
    briefing = _briefing_title(browser, aid, origin)
    with open_page(browser) as page:
        path = _walk_and_type(page, aid, origin if where == "server" else None)
        tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Download record", '"Download record"')
        with page.expect_download() as download:
            page.keyboard.press("Enter")
        assert download.value.suggested_filename == f"{aid.id}-decision-record.txt"
        with open(download.value.path(), encoding="utf-8") as file:
            _check_record(file.read(), path, briefing)


def test_print_record_prints_the_record_instead_of_the_form(browser: Browser, servers: dict, aid: Aid) -> None:
    origin = servers[aid.site]
    briefing = _briefing_title(browser, aid, origin)
    with open_page(browser) as page:
        path = _walk_and_type(page, aid, origin)
        page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
        tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Print record", '"Print record"')
        page.keyboard.press("Enter")
        assert page.evaluate("() => window.__printed === true")
        page.emulate_media(media="print")
        record = page.locator("[data-record-text]")
        assert record.is_visible()
        _check_record(record.inner_text(), path, briefing)
        for hidden in (".record__fields", ".button-group", ".wizard-answers", "[data-wizard-back]", ".site-header"):
            assert not page.locator(hidden).first.is_visible(), f"{hidden} is printed"
        assert page.locator("h1:visible").inner_text() == path.outcome


def test_without_javascript_the_record_fields_print_with_the_answers_and_no_buttons(browser: Browser, servers: dict, aid: Aid) -> None:
    from wizard_walk import answer_numbers, step_name
    path = _longest(aid)
    with open_page(browser, javascript=False) as page:
        page.goto(aid.url(servers[aid.site], step_name(answer_numbers(path)) + ".html"))
        assert not page.get_by_role("button", name="Copy record").is_visible()
        assert page.get_by_text("use your browser’s Print command").is_visible()
        page.locator("#record-reasons").fill(REASONS)
        page.emulate_media(media="print")
        assert page.locator("#record-reasons").is_visible()
        assert page.locator(".wizard-answers").is_visible()
        assert not page.locator(".summary-list__actions").first.is_visible()
        assert not page.get_by_text("use your browser’s Print command").is_visible()
