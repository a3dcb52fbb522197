"""Speaker notes: hidden from the room until the presenter asks, by the "Speaker notes" button
or `?notes` in the address, then shown open under every screen that has them; the gates (axe,
no text cut off at 320×640 and 1920×1080, a screen taller than the window scrolling within it)
with the notes shown; and without JavaScript a closed "Speaker notes" disclosure, opened by keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from findings import fail_on
from gates import axe_findings
from present_screens import Presentation, open_presentation
from test_present_layout import _MEASURE

_NOTES = """() => [...document.querySelectorAll('[data-slide]')].filter((s) => !s.hidden).map((s) => {
  const notes = s.querySelector('[data-present-notes]');
  return notes ? { visible: notes.checkVisibility(), open: notes.open } : null; })[0]"""


def _with_notes(presentation: Presentation) -> list[int]:
    """The indexes of the screens that carry notes, read from the static page."""
    html = (presentation.site / presentation.page_path).read_text(encoding="utf-8")
    sections = html.split("data-slide ")[1:]
    return [index for index, section in enumerate(sections) if "data-present-notes" in section.split("</section>")[0]]


def _button(page: Page):
    return page.get_by_role("button", name="Speaker notes")


def test_notes_stay_hidden_until_the_button_shows_them_under_every_screen_that_has_them(
        browser: Browser, servers: dict, presentation: Presentation) -> None:
    with_notes = _with_notes(presentation)
    with open_page(browser) as page:
        open_presentation(page, presentation, servers[presentation.site])
        if not with_notes:
            assert not _button(page).is_visible(), "a Speaker notes button on a briefing without notes"
            return
        assert _button(page).get_attribute("aria-pressed") == "false"
        for index in range(len(presentation.screens)):
            if index:
                page.keyboard.press("ArrowRight")
            notes = page.evaluate(_NOTES)
            assert (notes is not None) == (index in with_notes)
            assert not notes or not notes["visible"], f"screen {index + 1}'s notes show before the presenter asked"
        _button(page).click()
        assert _button(page).get_attribute("aria-pressed") == "true"
        page.keyboard.press("Home")
        for index in range(len(presentation.screens)):
            if index:
                page.keyboard.press("ArrowRight")
            notes = page.evaluate(_NOTES)
            assert not notes or (notes["visible"] and notes["open"]), f"screen {index + 1}'s notes are not shown"
        _button(page).click()
        assert _button(page).get_attribute("aria-pressed") == "false"
        assert page.evaluate(_NOTES) is None or not page.evaluate(_NOTES)["visible"]


@pytest.mark.parametrize("view", ["1280x720", "320x640", "1920x1080"])
def test_with_notes_asked_for_in_the_address_every_screen_passes_axe_and_cuts_no_text_off(
        browser: Browser, servers: dict, presentation: Presentation, view: str) -> None:
    with_notes = _with_notes(presentation)
    if not with_notes:
        pytest.skip("no speaker notes in this briefing")
    width, height = map(int, view.split("x"))
    found, problems = [], []
    with open_page(browser) as page:
        page.set_viewport_size({"width": width, "height": height})
        open_presentation(page, presentation, servers[presentation.site], "?notes")
        assert _button(page).get_attribute("aria-pressed") == "true"
        for index, screen in enumerate(presentation.screens):
            if index:
                page.keyboard.press("ArrowRight")
            if index not in with_notes:
                continue
            name = f"{presentation.slug} #{screen.id} with notes @ {view}"
            assert page.evaluate(_NOTES)["visible"], f"{name}: the notes are not shown"
            if view != "1920x1080":
                found += axe_findings(page, name)
            m = page.evaluate(_MEASURE)
            problems += [f"{name}: text cut off at the side: {cut}" for cut in m["cut"]]
            if m["pageScrolls"]:
                problems.append(f"{name}: the page itself scrolls")
            if m["scrollHeight"] > m["clientHeight"] + 1 and m["overflowY"] != "auto":
                problems.append(f"{name}: the notes push text off a screen that cannot scroll")
    assert not problems, "\n".join(problems)
    fail_on(found)


def test_without_javascript_notes_are_a_closed_disclosure_opened_by_keyboard(
        browser: Browser, servers: dict, presentation: Presentation) -> None:
    with_notes = _with_notes(presentation)
    if not with_notes:
        pytest.skip("no speaker notes in this briefing")
    with open_page(browser, javascript=False) as page:
        page.goto(presentation.url(servers[presentation.site]))
        notes = page.locator("[data-present-notes]")
        assert notes.count() == len(with_notes)
        for index in range(notes.count()):
            details = notes.nth(index)
            assert details.evaluate("(d) => !d.open && d.checkVisibility()"), "notes open, or hidden, without JavaScript"
            details.locator("summary").focus()
            page.keyboard.press("Enter")
            assert details.evaluate("(d) => d.open && d.querySelector('.slide__notes-body').checkVisibility()")
