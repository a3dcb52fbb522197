"""The seven-minute timer, on a clock the test controls (Playwright's page.clock; never a real
wait): start, pause, resume and reset; the time gone and the time left; at seven minutes a quiet
cue (words and a change of colour, announced once, nothing animated for readers who ask for
reduced motion); and nothing stored."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from findings import fail_on
from gates import PrivacyWatch, axe_findings
from present_screens import Presentation, open_presentation


def _times(page: Page) -> tuple[str, str]:
    timer = page.locator("[data-present-timer]")
    return timer.locator("[data-timer-elapsed]").inner_text(), timer.locator("[data-timer-left]").inner_text()


def _cue_shown(page: Page) -> bool:
    return page.locator("[data-timer-cue]").is_visible()


def _seed(pytestconfig: pytest.Config) -> Presentation:
    from conftest import presentations, real_site
    return next(p for p in presentations(pytestconfig) if p.site == real_site())


def test_the_timer_counts_seven_minutes_pauses_resumes_and_resets(browser: Browser, servers: dict, pytestconfig: pytest.Config) -> None:
    presentation = _seed(pytestconfig)
    origin = servers[presentation.site]
    with open_page(browser) as page:
        watch = PrivacyWatch(page, origin)
        page.clock.install()
        open_presentation(page, presentation, origin)
        start = page.get_by_role("button", name="Start timer")
        assert _times(page) == ("0:00", "7:00") and not _cue_shown(page)
        start.click()
        page.clock.run_for(65_000)
        assert _times(page) == ("1:05", "5:55")
        page.get_by_role("button", name="Pause timer").click()
        page.clock.run_for(120_000)
        assert _times(page) == ("1:05", "5:55"), "the timer ran while paused"
        page.get_by_role("button", name="Resume timer").click()
        page.clock.run_for(5 * 60_000 + 54_000)
        assert _times(page) == ("6:59", "0:01") and not _cue_shown(page)
        page.keyboard.press("ArrowRight")  # the timer keeps running as the screens change
        page.clock.run_for(1_000)
        assert _times(page) == ("7:00", "0:00")
        assert _cue_shown(page) and page.get_by_text("Seven minutes are up", exact=True).is_visible()
        assert "present-timer--done" in (page.locator("[data-present-timer]").get_attribute("class") or "")
        assert page.locator("[data-present-status]").inner_text() == "Seven minutes are up."
        page.keyboard.press("ArrowRight")
        page.clock.run_for(30_000)
        assert _times(page) == ("7:30", "0:00")
        assert "Seven minutes" not in page.locator("[data-present-status]").inner_text(), "the cue is announced once"
        fail = axe_findings(page, f"{presentation.slug} timer at seven minutes")
        page.get_by_role("button", name="Reset timer").click()
        assert _times(page) == ("0:00", "7:00") and not _cue_shown(page)
        assert page.get_by_role("button", name="Start timer").is_visible()
        page.clock.run_for(60_000)
        assert _times(page) == ("0:00", "7:00"), "a reset timer waits to be started"
        fail_on(fail + watch.findings(f"{presentation.slug} timer"))


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_the_cue_at_seven_minutes_never_flashes_and_does_not_move_for_reduced_motion(
        browser: Browser, servers: dict, pytestconfig: pytest.Config, motion: str) -> None:
    presentation = _seed(pytestconfig)
    with open_page(browser) as page:
        page.emulate_media(reduced_motion=motion)
        page.clock.install()
        open_presentation(page, presentation, servers[presentation.site])
        page.get_by_role("button", name="Start timer").click()
        page.clock.run_for(7 * 60_000)
        timer = page.locator("[data-present-timer]")
        assert _cue_shown(page)
        animations = page.evaluate("() => document.getAnimations().filter((a) => a.constructor.name !== 'CSSTransition').length")
        assert animations == 0, "an animation runs: the cue must not blink or move"
        duration = timer.evaluate("(el) => getComputedStyle(el).transitionDuration")
        if motion == "reduce":
            assert all(float(d.rstrip("s")) == 0 for d in duration.split(",")), f"transition {duration} despite reduced motion"
        iterations = timer.evaluate("(el) => getComputedStyle(el).animationName")
        assert iterations == "none"
