"""The quality gates (Tests/browser/gates) in every state of every decision aid: a question and an
outcome as the script shows them (the representatives of Tests/browser/page_kinds.py: the first
step met and the largest of each, as the static pages give them), the error state, and the
outcome with the record filled in and copied and downloaded; plus the gates for static pages over
the fixture aid's representative pages, which the gates of Tests/browser do not reach (they check
the site's own aids)."""

from __future__ import annotations

import tempfile
from pathlib import Path as FilePath

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from findings import fail_on
from gates import (PrivacyWatch, axe_findings, from_disk_findings, html_validator_findings, keyboard_findings,
                   no_javascript_findings, overflow_findings)
from conftest import _real_site
from page_kinds import representatives
from wizard_walk import Aid, answer_numbers, choose, continue_, start, step_name, tab_to


def _all_states(aid: Aid) -> list[str]:
    """Every step's name (a, a-1, …), each once, from the aid's paths, in the order they are met."""
    names: list[str] = []
    for path in aid.paths:
        numbers = answer_numbers(path)
        for length in range(len(numbers) + 1):
            if step_name(numbers[:length]) not in names:
                names.append(step_name(numbers[:length]))
    return names


def _states(aid: Aid) -> list[str]:
    """The steps that stand for the others: the first question and outcome met, and the largest."""
    names = _all_states(aid)
    chosen = {rep.path for rep in representatives(aid.site, [aid.folder + name + ".html" for name in names])}
    return [name for name in names if aid.folder + name + ".html" in chosen]


def _check(page: Page, watch: PrivacyWatch, name: str, axe: bool = True) -> list:
    """Privacy first (axe itself reads the stylesheets, which Chromium refuses on file://, so axe
    runs on the server only: the DOM is the same), then axe and 320 px overflow."""
    found = watch.findings(name)
    if not axe:
        return found
    found += axe_findings(page, name)
    page.set_viewport_size({"width": 320, "height": 640})
    found += axe_findings(page, f"{name} @ 320px") + overflow_findings(page, f"{name} @ 320px")
    page.set_viewport_size({"width": 1280, "height": 800})
    return found


def _snapshot(page: Page, folder: FilePath, name: str) -> str:
    """Saves the page as the script left it, for the HTML checker."""
    file = folder / f"{name}.html"
    file.write_text("<!DOCTYPE html>\n" + page.evaluate("() => document.documentElement.outerHTML"), encoding="utf-8")
    return file.name


@pytest.mark.parametrize("where", ["server", "file"])
def test_every_step_shown_by_the_script_passes_axe_privacy_keyboard_and_html_checks(
        browser: Browser, servers: dict, aid: Aid, where: str) -> None:
    origin = servers[aid.site] if where == "server" else None
    found, snapshots = [], []
    folder = FilePath(tempfile.mkdtemp(prefix="wizard-states-"))
    for state in _states(aid):
        name = f"{aid.id} #{state} @ {where}"
        with open_page(browser) as page:
            watch = PrivacyWatch(page, origin or "file://")
            # Loaded on the first question's page: the script shows the step named in the hash.
            page.goto(aid.url(origin, "a.html") + f"#{state}")
            page.wait_for_function("() => !document.querySelector('[data-js]')?.hidden")
            found += _check(page, watch, name, axe=origin is not None)
            snapshots.append(_snapshot(page, folder, f"{aid.id}-{state}"))
        with open_page(browser) as page:
            page.goto(aid.url(origin, "a.html") + f"#{state}")
            found += keyboard_findings(page, name)
    if where == "server":
        found += html_validator_findings(folder, snapshots)
    fail_on(found)


def test_the_error_state_and_the_filled_in_record_pass_axe_privacy_and_html_checks(browser: Browser, servers: dict, aid: Aid) -> None:
    origin = servers[aid.site]
    folder = FilePath(tempfile.mkdtemp(prefix="wizard-states-"))
    found, snapshots = [], []
    with open_page(browser) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin.rstrip("/"))
        watch = PrivacyWatch(page, origin)
        start(page, aid, origin)
        continue_(page)
        found += _check(page, watch, f"{aid.id} error summary")
        snapshots.append(_snapshot(page, folder, "error"))
        path = max(aid.paths, key=lambda p: len(p.steps))
        for step in path.steps:
            choose(page, step.answer)
        page.locator("#record-reasons").fill("Reasons typed by the practitioner.")
        page.locator("#record-shared-with").fill("Someone")
        page.get_by_role("button", name="Copy record").click()
        with page.expect_download():
            page.get_by_role("button", name="Download record").click()
        page.wait_for_function("() => document.querySelector('[data-record-status]').textContent.includes('downloaded')")
        found += _check(page, watch, f"{aid.id} outcome with record")
        snapshots.append(_snapshot(page, folder, "record"))
    found += html_validator_findings(folder, snapshots)
    fail_on(found)


def _static_pages(aid: Aid) -> list[str]:
    return [aid.start_page] + [aid.folder + state + ".html" for state in _states(aid)]


def test_the_static_pages_of_every_aid_are_valid_html_and_work_without_javascript_and_from_disk(
        browser: Browser, servers: dict, aid: Aid) -> None:
    """For the site's own aids Tests/browser checks these pages; the fixture's only here."""
    if aid.site == _real_site():
        pytest.skip("checked by Tests/browser with the site's other pages")
    origin = servers[aid.site]
    pages = _static_pages(aid)
    found = html_validator_findings(aid.site, pages)
    for page_path in pages:
        found += no_javascript_findings(browser, origin + page_path, page_path)
        with open_page(browser) as page:
            found += from_disk_findings(page, aid.site, page_path)
        with open_page(browser, javascript=False) as page:
            page.goto(origin + page_path)
            found += keyboard_findings(page, f"{page_path} @ JavaScript off")
    fail_on(found)
