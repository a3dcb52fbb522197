"""A handout with questions for discussion, printed by Chromium: still exactly one sheet of A4,
with the questions on it (when the build found room for them; `briefing check` warns when not)."""

from __future__ import annotations

import html as html_text
import re
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser import open_page
from test_delivery_record_print import _page_sizes
from present_screens import Presentation

from printing import A4_POINTS, pdf_info, pdf_text  # on the path through test_delivery_record_print


def test_a_handout_with_questions_prints_them_on_one_a4_sheet(browser: Browser, servers: dict, presentation: Presentation) -> None:
    handout = presentation.site / "briefings" / presentation.slug / "print.html"
    html = handout.read_text(encoding="utf-8")
    if "handout-panel--questions" not in html:
        pytest.skip("no questions for discussion on this handout")
    questions = re.findall(r"<li>(.*?)</li>", html.split("handout-panel--questions", 1)[1].split("</div>\n</div>", 1)[0])
    pdf = Path(tempfile.mkdtemp(prefix="handout-print-")) / f"{presentation.slug}.pdf"
    with open_page(browser) as page:
        page.goto(servers[presentation.site] + f"briefings/{presentation.slug}/print.html")
        page.pdf(path=str(pdf), prefer_css_page_size=True)
    assert int(pdf_info(pdf)["Pages"]) == 1
    assert all(abs(a - b) < 1 for a, b in zip(_page_sizes(pdf, 1)[0], reversed(A4_POINTS))), "not A4 landscape"
    text = re.sub(r"\s+", "", pdf_text(pdf))
    for question in questions:
        assert re.sub(r"\s+", "", html_text.unescape(re.sub(r"<[^>]+>", "", question))) in text, f"{question!r} is not on the printed handout"
