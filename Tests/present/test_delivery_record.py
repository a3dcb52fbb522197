"""The delivery record ("Record this session"): what is typed, with the briefing, its edition and
each flowchart's version, copied and downloaded as text; 5,000 characters of markup typed into
every field stay plain text; nothing typed reaches the address or any storage."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser import open_page
from findings import fail_on
from gates import PrivacyWatch, axe_findings
from conftest import presentations, real_site
from present_screens import Presentation

FIELDS = {"#session-date": "2 December 2026", "#session-team": "Early help team", "#session-attending": "9",
          "#session-presenter": "C. Thomas", "#session-differently": "Record the reasons for every decision to share.",
          "#session-follow-up": "Audit five case files, by 31 January 2027"}


def _record_shape(presentation: Presentation) -> tuple[bool, int]:
    """What a record names beyond the briefing: whether an edition, and how many flowcharts."""
    html = (presentation.site / presentation.page_path).with_name("record.html").read_text(encoding="utf-8")
    return 'data-record-about="Edition"' in html, html.count('data-record-about="Flowchart"')


def test_the_record_holds_the_briefing_its_versions_and_what_was_typed_and_stores_nothing(
        browser: Browser, servers: dict, presentation: Presentation, pytestconfig) -> None:
    # The record is one template: every briefing of the site under test, and of the fixture site
    # (briefings there for their panels' shapes) the first of each shape of record.
    if presentation.site != real_site():
        fixtures = [p for p in presentations(pytestconfig) if p.site == presentation.site]
        first = next(p for p in fixtures if _record_shape(p) == _record_shape(presentation))
        if first != presentation:
            pytest.skip(f"the same record as {first.slug}'s")
    origin = servers[presentation.site]
    with open_page(browser) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin.rstrip("/"))
        watch = PrivacyWatch(page, origin)
        page.goto(presentation.url(origin).replace("present.html", "present.html#record-this-session"))
        page.get_by_role("link", name="Record this session").click()
        about = page.locator("[data-record-about]").all_inner_texts()
        assert about and about[0].strip(), "the record does not name the briefing"
        for selector, text in FIELDS.items():
            page.locator(selector).fill(text)
        page.get_by_role("button", name="Copy record").click()
        page.wait_for_function("() => document.querySelector('[data-record-status]').textContent.includes('copied')")
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied.startswith("Record of a 7-minute briefing session")
        assert f"Briefing: {about[0].strip()}" in copied
        for line in about[1:]:
            assert line.strip() in copied
        for text in FIELDS.values():
            assert text in copied
        with page.expect_download() as download:
            page.get_by_role("button", name="Download record").click()
        assert download.value.suggested_filename == f"{presentation.slug}-session-record.txt"
        with open(download.value.path(), encoding="utf-8") as file:
            assert file.read() == copied
        assert "Early" not in page.url and "?" not in page.url, "typed text reached the address"
        markup = ("<img src=x onerror=alert(1)>" * 200)[:5000]
        for selector in FIELDS:
            page.locator(selector).fill(markup)
        page.get_by_role("button", name="Copy record").click()
        page.wait_for_timeout(100)
        assert page.evaluate("() => document.querySelectorAll('[data-record-text] img').length") == 0
        assert markup in page.evaluate("() => navigator.clipboard.readText()")
        fail_on(watch.findings(f"{presentation.slug} record") + axe_findings(page, f"{presentation.slug} record"))


def test_enter_in_a_one_line_field_starts_no_new_line_and_a_pasted_line_break_becomes_a_space(
        browser: Browser, servers: dict, pytestconfig) -> None:
    # One record stands for all (it is one template and one script): the first of the site under test.
    seed = next(p for p in presentations(pytestconfig) if p.site == real_site())
    origin = servers[seed.site]
    with open_page(browser) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin.rstrip("/"))
        watch = PrivacyWatch(page, origin)
        page.goto(seed.url(origin).replace("present.html", "record.html"))
        address = page.url
        for field in page.locator(".textarea--line").all():
            field.click()
            page.keyboard.type("2 December")
            page.keyboard.press("Enter")
            page.keyboard.press("Shift+Enter")
            page.keyboard.type(" 2026")
            assert field.input_value() == "2 December 2026", f"{field.get_attribute('id')}: Enter started a new line"
        assert page.url == address, "Enter sent the form somewhere"

        team = page.get_by_label("Team or service")
        team.fill("")
        page.evaluate("() => navigator.clipboard.writeText('Early help team\\r\\n  north locality\\n')")
        team.press("ControlOrMeta+V")
        page.keyboard.type("(east)")
        assert team.input_value() == "Early help team north locality (east)"

        # The fields for more than a line still take Enter.
        differently = page.get_by_label("What the team will do differently")
        differently.click()
        page.keyboard.type("Ask first")
        page.keyboard.press("Enter")
        page.keyboard.type("Write it down")
        assert differently.input_value() == "Ask first\nWrite it down"
        fail_on(watch.findings(f"{seed.slug} record, one-line fields"))
