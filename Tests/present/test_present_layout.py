"""Every screen of every briefing on a projector (1280×720 and 1920×1080) and a phone held
upright (320×640): each screen's box within the window, no text cut off at either side, and on
the projector sizes the whole screen shown without scrolling. A screen too long for the window
scrolls within it (below the bar, which stays), never past the window's edge; a table wider than the
screen scrolls sideways in its own focusable region, which must be within the screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser import open_page
from present_screens import Presentation, open_presentation

VIEWS = {"1280x720": (1280, 720), "1920x1080": (1920, 1080), "320x640": (320, 640)}

_MEASURE = """() => {
  const slide = [...document.querySelectorAll('[data-slide]')].find((s) => !s.hidden);
  const box = slide.getBoundingClientRect();
  const bar = document.querySelector('.present-bar').getBoundingClientRect();
  const cut = [];
  for (const el of slide.querySelectorAll('*')) {
    const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!hasText || !el.checkVisibility()) continue;
    // Text in a focusable region that scrolls sideways (a wide table) is reached by scrolling that
    // region: then the region, not the text, must be within the screen.
    let region = null;
    for (let a = el.parentElement; a && a !== slide && !region; a = a.parentElement) {
      const overflow = getComputedStyle(a).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && a.tabIndex >= 0) region = a;
    }
    const r = (region || el).getBoundingClientRect();
    if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) cut.push(`${el.localName} "${el.textContent.trim().slice(0, 40)}" ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return {
    box: [box.left, box.top, box.right, box.bottom], bar: [bar.top, bar.bottom],
    scrollHeight: slide.scrollHeight, clientHeight: slide.clientHeight,
    overflowY: getComputedStyle(slide).overflowY, pageScrolls: document.documentElement.scrollHeight > innerHeight + 1
      || document.documentElement.scrollWidth > innerWidth + 1, cut,
  };
}"""


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_screen_fits_the_window_with_no_text_cut_off(browser: Browser, servers: dict, presentation: Presentation, view: str) -> None:
    width, height = VIEWS[view]
    problems = []
    with open_page(browser) as page:
        page.set_viewport_size({"width": width, "height": height})
        open_presentation(page, presentation, servers[presentation.site])
        for index, screen in enumerate(presentation.screens):
            if index:
                page.keyboard.press("ArrowRight")
            m = page.evaluate(_MEASURE)
            left, top, right, bottom = m["box"]
            name = f"{screen.id} @ {view}"
            if left < -1 or top < m["bar"][1] - 1 or right > width + 1 or bottom > height + 1:
                problems.append(f"{name}: the screen's box {[round(v) for v in m['box']]} is not inside the window below the bar")
            if m["pageScrolls"]:
                problems.append(f"{name}: the page itself scrolls")
            problems += [f"{name}: text cut off at the side: {cut}" for cut in m["cut"]]
            overflows = m["scrollHeight"] > m["clientHeight"] + 1
            if overflows and m["overflowY"] != "auto":
                problems.append(f"{name}: {m['scrollHeight'] - m['clientHeight']}px do not fit and cannot be scrolled to")
            # On a projector only a panel `briefing check` warns about may scroll.
            if overflows and width >= 1280 and presentation.estimated_overflow.get(screen.id, 0) <= 0:
                problems.append(f"{name}: {m['scrollHeight'] - m['clientHeight']}px do not fit on the screen")
    assert not problems, "\n".join(problems)


_NATURAL = """() => {
  const slide = [...document.querySelectorAll('[data-slide]')].find((s) => !s.hidden);
  const content = slide.querySelector('.slide__content');
  const style = getComputedStyle(slide);
  const available = slide.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  content.style.flex = 'none';  // its own height, not the screen's (CSSOM, which the CSP allows)
  const used = content.getBoundingClientRect().bottom - slide.querySelector('.slide__heading').getBoundingClientRect().top;
  content.style.flex = '';
  return { flowchart: slide.classList.contains('slide--flowchart'), over: used - available,
           scrolls: slide.scrollHeight > slide.clientHeight + 1 };
}"""


def test_briefing_checks_estimate_of_each_panels_overflow_is_within_its_tolerance_of_chromium(
        browser: Browser, servers: dict, presentation: Presentation) -> None:
    """`briefing check` names a panel too long for one screen at 1280×720 from an estimate; here
    each fixture panel is measured in Chromium: the panel's height less the screen's room, against
    the estimate (a flowchart's screen, whose diagram takes what room there is, only for whether
    it scrolls)."""
    estimates = presentation.estimated_overflow
    if not estimates:
        pytest.skip("no estimates for this site's panels (only the fixture site has present-fit.json)")
    tolerance = 64
    errors, problems = [], []
    with open_page(browser) as page:
        page.set_viewport_size({"width": 1280, "height": 720})
        for screen in presentation.screens:
            if screen.id not in estimates:
                continue
            open_presentation(page, presentation, servers[presentation.site], f"#{screen.id}")
            m = page.evaluate(_NATURAL)
            estimate = estimates[screen.id]
            if m["flowchart"]:
                if m["scrolls"] != (estimate > 0):
                    problems.append(f"{screen.id}: scrolls {m['scrolls']}, but the estimate is {estimate:+.0f}px")
                continue
            errors.append(estimate - m["over"])
            if abs(estimate - m["over"]) > tolerance or m["scrolls"] != (m["over"] > 1):
                problems.append(f"{screen.id}: Chromium {m['over']:+.0f}px, estimate {estimate:+.0f}px")
    print(f"{presentation.slug}: estimate minus Chromium, px: {[round(e) for e in errors]}")
    assert not problems, "\n".join(problems)
