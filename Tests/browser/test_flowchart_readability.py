"""A flowchart's diagram is readable on its briefing page at every width, measured in Chromium on
the built site's flowcharts and on the fixture shapes (`flowchart_fixture_site`):

- at 1280 px its smallest text is at least 75% of the body text (the computed font size times
  the scale the SVG is drawn at), and arrowheads landing on one box are at least 12 px apart;
- at 320 px the flow in words comes first, the page does not scroll sideways, and the diagram,
  still at that size, scrolls sideways inside a labelled region reached and scrolled by keyboard.

Pictures of each go to test-output/screenshots/flowchart-*.png."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from flowchart_fixture_site import REPO, flowchart_fixture_site, pages_with_flowcharts

#: The smallest diagram text, as a share of the body text (the issue's brief).
SMALLEST_SHARE_OF_BODY_TEXT = 0.75
#: Arrowheads on one box must be told apart at 1280 px.
ARROWHEADS_APART_PX = 12


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "flowchart_page" in metafunc.fixturenames:
        site = Path(metafunc.config.getoption("--site-dir") or os.environ.get("BRIEFING_SITE_DIR") or REPO / "site").resolve()
        pages = pages_with_flowcharts(site) + pages_with_flowcharts(flowchart_fixture_site())
        metafunc.parametrize("flowchart_page", pages, ids=[p.parent.name for p in pages])


MEASURE = """() => Array.from(document.querySelectorAll('svg.flowchart')).map(svg => {
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  let smallest = Infinity, smallestText = '';
  for (const text of svg.querySelectorAll('text')) {
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (size < smallest) { smallest = size; smallestText = text.textContent; }
  }
  const tips = {};
  for (const arrow of svg.querySelectorAll('path.flowchart-arrow')) {
    const tip = arrow.getPointAtLength(arrow.getTotalLength());
    (tips[arrow.dataset.to] = tips[arrow.dataset.to] || []).push([tip.x * scale, tip.y * scale]);
  }
  return {id: svg.querySelector('title').id, body, scale, smallest, smallestText, tips: Object.values(tips)};
})"""


def _open(browser: Browser, page_path: Path, width: int) -> Page:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(page_path.as_uri())
    return page


def _closest_arrowheads(tips: list[list[list[float]]]) -> float:
    return min((math.dist(a, b) for group in tips for i, a in enumerate(group) for b in group[i + 1:]), default=math.inf)


def test_at_1280px_the_diagrams_smallest_text_is_at_least_75_percent_of_the_body_text(
        browser: Browser, flowchart_page: Path, screenshot_dir: Path) -> None:
    page = _open(browser, flowchart_page, 1280)
    try:
        diagrams = page.evaluate(MEASURE)
        assert diagrams, "no flowchart diagram on the page"
        for d in diagrams:
            share = d["smallest"] / d["body"]
            print(f"{flowchart_page.parent.name} at 1280px: smallest diagram text {d['smallest']:.1f}px "
                  f"('{d['smallestText']}') = {share:.0%} of the {d['body']:.0f}px body text, drawn at scale {d['scale']:.2f}; "
                  f"closest arrowheads {_closest_arrowheads(d['tips']):.0f}px apart")
            assert share >= SMALLEST_SHARE_OF_BODY_TEXT, f"'{d['smallestText']}' is {d['smallest']:.1f}px, {share:.0%} of body text"
            assert _closest_arrowheads(d["tips"]) >= ARROWHEADS_APART_PX
        page.locator(".flowchart-figure").first.screenshot(path=str(screenshot_dir / f"flowchart-{flowchart_page.parent.name}-1280.png"))
    finally:
        page.close()


def test_at_320px_the_words_come_first_and_the_diagram_scrolls_sideways_at_a_readable_size(
        browser: Browser, flowchart_page: Path, screenshot_dir: Path) -> None:
    page = _open(browser, flowchart_page, 320)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, "the page scrolls sideways at 320px"
        for d in page.evaluate(MEASURE):
            assert d["smallest"] / d["body"] >= SMALLEST_SHARE_OF_BODY_TEXT, f"{d['smallest']:.1f}px at 320px"
        words = page.locator(".flowchart-text-alternative").first.bounding_box()
        figure = page.locator(".flowchart-figure").first.bounding_box()
        assert words["y"] + words["height"] <= figure["y"], "the flow in words is not above the diagram"

        region = page.locator(".flowchart-scroll").first
        assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
        name = page.evaluate("(r) => document.getElementById(r.getAttribute('aria-labelledby')).textContent.trim()", region.element_handle())
        assert "diagram" in name, f"the scrolling region's name is '{name}'"
        # The flow in words holds no link, so Tab from the decision aid's link goes to the diagram.
        page.locator(".wizard-link a").first.focus()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('flowchart-scroll')"), \
            "Tab from the decision aid's link does not reach the diagram's scrolling region"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", "the focused region shows no focus outline"
        scrolls = page.evaluate("(r) => r.scrollWidth > r.clientWidth", region.element_handle())
        assert scrolls, "at 320px the diagram should be wider than the panel (else it was shrunk)"
        for _ in range(6):
            page.keyboard.press("ArrowRight")
        page.wait_for_function("(r) => r.scrollLeft > 0", arg=region.element_handle(), timeout=3000)  # scrolling is animated
        page.screenshot(path=str(screenshot_dir / f"flowchart-{flowchart_page.parent.name}-320.png"), full_page=True)
    finally:
        page.close()
