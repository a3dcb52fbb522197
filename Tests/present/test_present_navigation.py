"""Stepping through a present mode as a presenter does: by the keys (Right/Left, Page Down/Up,
Space and Shift+Space, Home/End) and by the Next/Previous buttons, every screen of every briefing
in turn, with the hash naming the screen, focus and the live region announcing it; a reload stays
put; with JavaScript off the screens read in order through their "next panel" links."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from present_screens import TITLE_SCREEN, Presentation, Screen, open_presentation, state

FORWARD_BACK = [("ArrowRight", "ArrowLeft"), ("PageDown", "PageUp"), ("Space", "Shift+Space")]


def _expect_shown(page: Page, presentation: Presentation, index: int, focus: str | None) -> None:
    screen = presentation.screens[index]
    now = state(page)
    total = len(presentation.screens)
    assert now["shown"] == [screen.id], f"expected only {screen.id!r} on screen, saw {now['shown']}"
    # Loaded without a hash the first screen shows, and the address is left as it was.
    assert now["hash"] == screen.id or (index == 0 and focus is None and now["hash"] == ""), \
        f"the address names {now['hash']!r}, not {screen.id!r}"
    assert now["position"] == f"{index + 1} of {total}"
    if focus is not None:
        assert now["focused"] == focus, f"focus is on {now['focused']!r}, not {focus!r}"
        assert now["status"] == f"{screen.label}. Screen {index + 1} of {total}.", now["status"]


def test_the_screens_are_the_title_screen_then_every_panel_of_the_briefing(presentation: Presentation) -> None:
    ids = [screen.id for screen in presentation.screens]
    assert ids[0] == TITLE_SCREEN
    assert ids[1:1 + len(presentation.panel_ids)] == list(presentation.panel_ids), "the panels are not all there, in order"
    assert all(screen.label.strip() for screen in presentation.screens)


@pytest.mark.parametrize("forward,back", FORWARD_BACK, ids=[f"{f}-{b}" for f, b in FORWARD_BACK])
def test_the_keys_step_through_every_screen_and_back(browser: Browser, servers: dict, presentation: Presentation,
                                                     forward: str, back: str) -> None:
    last = len(presentation.screens) - 1
    with open_page(browser) as page:
        open_presentation(page, presentation, servers[presentation.site])
        _expect_shown(page, presentation, 0, focus=None)
        for index in range(1, last + 1):
            page.keyboard.press(forward)
            _expect_shown(page, presentation, index, focus=presentation.screens[index].id)
        page.keyboard.press(forward)  # past the last screen: stays
        _expect_shown(page, presentation, last, focus=presentation.screens[last].id)
        for index in range(last - 1, -1, -1):
            page.keyboard.press(back)
            _expect_shown(page, presentation, index, focus=presentation.screens[index].id)


def test_home_and_end_go_to_the_first_and_last_screens(browser: Browser, servers: dict, presentation: Presentation) -> None:
    last = len(presentation.screens) - 1
    with open_page(browser) as page:
        open_presentation(page, presentation, servers[presentation.site])
        page.keyboard.press("End")
        _expect_shown(page, presentation, last, focus=presentation.screens[last].id)
        page.keyboard.press("Home")
        _expect_shown(page, presentation, 0, focus=TITLE_SCREEN)


def test_the_next_and_previous_buttons_step_through_every_screen_keeping_focus_on_the_button(
        browser: Browser, servers: dict, presentation: Presentation) -> None:
    last = len(presentation.screens) - 1
    with open_page(browser) as page:
        open_presentation(page, presentation, servers[presentation.site])
        next_button = page.get_by_role("button", name="Next", exact=True)
        previous_button = page.get_by_role("button", name="Previous", exact=True)
        assert previous_button.is_disabled() and (last == 0) == next_button.is_disabled()
        for index in range(1, last + 1):
            next_button.focus()
            page.keyboard.press("Enter")
            # On the last screen Next is disabled, so focus moves to the screen instead.
            _expect_shown(page, presentation, index, focus=presentation.screens[index].id if index == last else "next")
        assert next_button.is_disabled()
        for index in range(last - 1, -1, -1):
            previous_button.click()
            _expect_shown(page, presentation, index, focus=TITLE_SCREEN if index == 0 else "previous")
        assert previous_button.is_disabled()


def test_a_reload_stays_on_the_screen_the_address_names(browser: Browser, servers: dict, presentation: Presentation) -> None:
    with open_page(browser) as page:
        for index, screen in enumerate(presentation.screens):
            open_presentation(page, presentation, servers[presentation.site], f"#{screen.id}")
            _expect_shown(page, presentation, index, focus=None)
        page.reload()
        page.wait_for_function("() => document.documentElement.classList.contains('presenting')")
        _expect_shown(page, presentation, len(presentation.screens) - 1, focus=None)


def test_keys_typed_into_a_control_do_not_move_the_screen(browser: Browser, servers: dict, presentation: Presentation) -> None:
    with open_page(browser) as page:
        open_presentation(page, presentation, servers[presentation.site])
        page.get_by_role("link", name="Leave present mode").focus()
        page.keyboard.press("Space")  # a link's own key: not "next"
        assert state(page)["shown"] == [TITLE_SCREEN]
        page.keyboard.press("Control+ArrowRight")
        assert state(page)["shown"] == [TITLE_SCREEN]


def test_f_and_the_full_screen_button_toggle_full_screen(browser: Browser, servers: dict, presentation: Presentation) -> None:
    with open_page(browser) as page:
        open_presentation(page, presentation, servers[presentation.site])
        button = page.get_by_role("button", name="Full screen")
        assert button.get_attribute("aria-pressed") == "false"
        page.keyboard.press("f")
        pressed = "(on) => document.querySelector('[data-present-action=fullscreen]').getAttribute('aria-pressed') === String(on)"
        page.wait_for_function("() => document.fullscreenElement === document.documentElement")
        page.wait_for_function(pressed, arg=True)
        button.click()
        page.wait_for_function("() => !document.fullscreenElement")
        page.wait_for_function(pressed, arg=False)


def _top_of(page: Page, screen: Screen) -> float:
    return page.evaluate("(id) => document.querySelector(`[aria-labelledby='${id}']`).getBoundingClientRect().top", screen.id)


def test_without_javascript_every_screen_is_a_full_height_section_reached_by_its_next_panel_link(
        browser: Browser, servers: dict, presentation: Presentation) -> None:
    with open_page(browser, javascript=False) as page:
        page.set_viewport_size({"width": 1280, "height": 720})
        page.goto(presentation.url(servers[presentation.site]))
        shown = page.evaluate("() => [...document.querySelectorAll('[data-slide]')].map((s) => [s.getAttribute('aria-labelledby'), "
                              "s.checkVisibility(), s.getBoundingClientRect().height])")
        assert [s[0] for s in shown] == [screen.id for screen in presentation.screens]
        assert all(visible for _, visible, _ in shown), "a screen is hidden without JavaScript"
        assert all(height >= 720 - 1 for _, _, height in shown), f"a screen is shorter than the window: {shown}"
        assert not page.get_by_role("button").count(), "buttons that need JavaScript are shown without it"
        for screen in presentation.screens[1:]:
            link = page.locator(f".slide__next a[href='#{screen.id}']")
            assert link.count() == 1, f"no one next-panel link to {screen.id!r}"
            link.focus()
            page.keyboard.press("Enter")
            assert page.evaluate("() => decodeURIComponent(location.hash.slice(1))") == screen.id
            heading_top = page.evaluate("(id) => document.getElementById(id).getBoundingClientRect().top", screen.id)
            assert 0 <= heading_top < 100, f"{screen.id!r} is not at the top of the window after its link ({heading_top}px)"
