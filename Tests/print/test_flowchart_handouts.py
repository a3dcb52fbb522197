"""Each handout with a flowchart, printed by Chromium: the built site's and the fixture shapes'
(`flowchart_fixture_site`: five questions with three-answer questions and a merge, a four-outcome
escalation, a four-answer question, eight questions). Each prints on one A4 sheet with nothing
under 8 pt, nothing overlapping and nothing outside its panel; its diagram's smallest text,
measured from the SVG's scale in print layout, is 8 pt or more; a flowchart too large for that is
printed in words instead, every question and outcome of it on the sheet. Pictures go to
test-output/print/flowchart-*.png."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser

import html_tree
import test_handout as handout_checks
from conftest import REPO, _site_dir
from printing import Printed, comparable, page_size_points, pdf_info, pdf_text, print_to_pdf, render_png

sys.path.insert(0, str(REPO / "Tests" / "browser"))
from flowchart_fixture_site import flowchart_fixture_site  # noqa: E402

SMALLEST_FONT_PT = 8.0


def _handouts(site: Path) -> list[Path]:
    return [page for page in sorted(site.glob("briefings/*/print.html")) if "handout-panel--diagram" in page.read_text(encoding="utf-8")]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The whole handout check for the fixtures (test_handout.py checks the built site's); the
    diagram's size for both."""
    if "flowchart_handout" in metafunc.fixturenames:
        pages = _handouts(flowchart_fixture_site())
        if "every_site" in metafunc.fixturenames:
            pages = _handouts(_site_dir()) + pages
        metafunc.parametrize("flowchart_handout", pages, ids=[p.parent.name for p in pages])


@pytest.fixture
def every_site() -> None:
    """Marks a test that runs on the built site's handouts as well as the fixtures'."""




_printed: dict[Path, Printed] = {}


@pytest.fixture
def printed(flowchart_handout: Path, output_dir: Path) -> Printed:
    if flowchart_handout not in _printed:
        name = f"flowchart-{flowchart_handout.parent.name}-handout"
        pdf = print_to_pdf(flowchart_handout, output_dir / f"{name}.pdf")
        _printed[flowchart_handout] = Printed(flowchart_handout, pdf, render_png(pdf, output_dir / f"{name}.png"))
    return _printed[flowchart_handout]


def test_the_handout_prints_on_one_sheet_with_nothing_under_8pt_overlapping_or_outside_its_panel(
        printed: Printed, layout_browser: Browser) -> None:
    handout_checks.test_the_handout_prints_on_exactly_one_sheet_of_a4(printed)
    handout_checks.test_no_printed_text_is_smaller_than_8pt(printed)
    handout_checks.test_no_words_overlap_and_none_is_near_the_edge_of_the_paper(printed)
    handout_checks.test_nothing_sticks_out_of_its_panel_when_laid_out_for_print(printed, layout_browser)
    handout_checks.test_the_footer_and_the_flowchart_are_printed_whole(printed)


def test_the_diagram_prints_at_8pt_or_more_or_the_flowchart_is_printed_in_words(
        printed: Printed, every_site: None, layout_browser: Browser) -> None:
    page = html_tree.read(printed.html)
    in_words = page.by_class("handout-panel__in-words")
    if in_words:
        assert not page.by_class("flowchart"), "the flowchart is printed both ways"
        texts = [span.text() for span in in_words[0].find_all(lambda e: e.tag in ("span", "strong"))]
        sheet = comparable(pdf_text(printed.pdf))
        missing = [text for text in texts if comparable(text) not in sheet]
        assert texts and not missing, f"not on the printed handout ({printed.png}): {missing}"
        print(f"{printed.html.parent.name}: printed in words, {len(texts)} questions, answers and outcomes")
        return
    width, height = page_size_points(pdf_info(printed.pdf))
    margins = 16 * 96 / 25.4   # the handout's 8mm margins, in CSS px
    view = layout_browser.new_page(viewport={"width": round(width * 96 / 72 - margins), "height": round(height * 96 / 72 - margins)})
    try:
        view.goto(printed.html.resolve().as_uri())
        view.emulate_media(media="print")
        smallest = view.evaluate("""() => {
            const svg = document.querySelector('.handout-panel__diagram svg.flowchart');
            const box = svg.getBoundingClientRect();
            const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
            return Math.min(...Array.from(svg.querySelectorAll('text'), t => parseFloat(getComputedStyle(t).fontSize) * scale));
        }""")
    finally:
        view.close()
    points = smallest * 72 / 96
    print(f"{printed.html.parent.name}: the diagram's smallest text prints at {points:.1f}pt")
    assert points >= SMALLEST_FONT_PT - 0.05, f"the diagram's smallest text prints at {points:.1f}pt; see {printed.png}"
