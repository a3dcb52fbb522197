"""The quality gates (Tests/browser/gates) in every state of every present mode: each screen as
the script shows it (axe at 1280×720 and 320 px, privacy and CSP throughout, the keyboard gate),
from a server and from disk; the Nu HTML checker, in one call, on every screen as the script left
it and on the fixture site's static pages; and the static-page gates over the fixture site's
present modes, which the crawl of Tests/browser does not reach."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from findings import Finding, fail_on
from gates import (PrivacyWatch, axe_findings, from_disk_findings, html_validator_findings, keyboard_findings,
                   no_javascript_findings, overflow_findings)
from conftest import presentations, real_site
from present_screens import Presentation, open_presentation


@pytest.mark.parametrize("where", ["server", "file"])
def test_every_screen_shown_by_the_script_passes_axe_privacy_and_html_checks(
        browser: Browser, servers: dict, presentation: Presentation, where: str) -> None:
    """axe reads the stylesheets, which Chromium refuses to scripts on file://, so axe runs from
    the server only (the page is the same); privacy and CSP are checked from both."""
    origin = servers[presentation.site] if where == "server" else None
    found = []
    with open_page(browser) as page:
        page.set_viewport_size({"width": 1280, "height": 720})
        watch = PrivacyWatch(page, origin or "file://")
        open_presentation(page, presentation, origin)
        for index, screen in enumerate(presentation.screens):
            if index:
                page.keyboard.press("ArrowRight")
            name = f"{presentation.slug} #{screen.id} @ {where}"
            found += watch.findings(name)
            if origin is None:
                continue
            found += axe_findings(page, name)
            page.set_viewport_size({"width": 320, "height": 640})
            found += axe_findings(page, f"{name} @ 320px") + overflow_findings(page, f"{name} @ 320px")
            page.set_viewport_size({"width": 1280, "height": 720})
    if origin:
        with open_page(browser) as page:
            open_presentation(page, presentation, origin)
            found += keyboard_findings(page, f"{presentation.slug} (title screen)")
        found += _tab_findings(browser, presentation, origin)
    fail_on(found)


_TAB_STOP = """() => { const el = document.activeElement; const r = el.getBoundingClientRect();
  return { name: el.localName + (el.id ? '#' + el.id : '') + ' ' + (el.textContent || '').trim().slice(0, 30),
           visible: el.checkVisibility(), onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
           body: el === document.body }; }"""


def _tab_findings(browser: Browser, presentation: Presentation, origin: str) -> list:
    """After a key moves to a screen, Tab meets only controls on that screen or in the bar, each
    visible (the keyboard gate has checked the order and the focus style on the first screen)."""
    found = []
    with open_page(browser) as page:
        open_presentation(page, presentation, origin)
        for screen in presentation.screens[1:]:
            page.keyboard.press("ArrowRight")
            for _ in range(40):
                page.keyboard.press("Tab")
                stop = page.evaluate(_TAB_STOP)
                if stop["body"] or "skip" in stop["name"].lower():
                    break
                if not stop["visible"] or not stop["onScreen"]:
                    found.append(Finding(f"{presentation.slug} #{screen.id}", "tab-reaches-hidden", stop["name"],
                                         "only the screen shown and the bar may take focus"))
    return found


def test_every_screen_as_the_script_shows_it_and_every_fixture_page_is_valid_html(
        browser: Browser, servers: dict, pytestconfig: pytest.Config) -> None:
    folder = Path(tempfile.mkdtemp(prefix="present-states-"))
    pages = []
    for presentation in presentations(pytestconfig):
        origin = servers[presentation.site]
        if presentation.site != real_site():
            copy = folder / f"{presentation.slug}-static.html"
            copy.write_text((presentation.site / presentation.page_path).read_text(encoding="utf-8"), encoding="utf-8")
            pages.append(copy.name)
        with open_page(browser) as page:
            open_presentation(page, presentation, origin)
            for index in range(len(presentation.screens)):
                if index:
                    page.keyboard.press("ArrowRight")
                file = folder / f"{presentation.slug}-{index}.html"
                file.write_text("<!DOCTYPE html>\n" + page.evaluate("() => document.documentElement.outerHTML"), encoding="utf-8")
                pages.append(file.name)
    fail_on(html_validator_findings(folder, pages))


def test_the_fixture_present_modes_work_without_javascript_and_from_disk(
        browser: Browser, servers: dict, presentation: Presentation) -> None:
    """For the site's own briefings Tests/browser checks the static page; the fixtures' only here."""
    if presentation.site == real_site():
        pytest.skip("checked by Tests/browser with every page of the site")
    origin = servers[presentation.site]
    found = no_javascript_findings(browser, origin + presentation.page_path, presentation.page_path)
    with open_page(browser) as page:
        found += from_disk_findings(page, presentation.site, presentation.page_path)
    with open_page(browser, javascript=False) as page:
        page.goto(origin + presentation.page_path)
        found += keyboard_findings(page, f"{presentation.page_path} @ JavaScript off")
    fail_on(found)
