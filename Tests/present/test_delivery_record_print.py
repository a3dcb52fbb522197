"""The delivery record printed by Chromium (its own print to PDF, with what was typed, read back by
poppler): a session's record is exactly one sheet of A4; 5,000 characters of markup typed into
every field print in full, as text, running on to further A4 pages rather than being cut off, with
JavaScript on (the script prints the record as text) and off (the fields themselves print)."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from browser import open_page
from conftest import presentations, real_site
from present_screens import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "print"))
from printing import A4_POINTS, pdf_info, pdf_text  # noqa: E402

FIELDS = {"#session-date": "2 December 2026", "#session-team": "Early help team, north locality",
          "#session-attending": "9", "#session-presenter": "C. Thomas",
          "#session-differently": "Record the reasons for every decision to share, and who it was shared with.",
          "#session-follow-up": "Audit five case files, by 31 January 2027"}
LONG = ("<img src=x onerror=alert(1)> Reasons, ", 5000)


def _print(page: Page, name: str) -> tuple[int, str]:
    """Prints the page as it is now, at the size its stylesheet asks for; returns the number of
    pages (each checked to be A4) and the PDF's text with all white space removed."""
    pdf = Path(tempfile.mkdtemp(prefix="record-print-")) / f"{name}.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    pages = int(pdf_info(pdf)["Pages"])
    sizes = _page_sizes(pdf, pages)
    assert len(sizes) == pages
    for number, size in enumerate(sizes, start=1):
        assert all(abs(a - b) < 1 for a, b in zip(size, A4_POINTS)), f"{name}: page {number} is {size} points, not A4 upright"
    return pages, re.sub(r"\s+", "", pdf_text(pdf))


def _page_sizes(pdf: Path, pages: int) -> list[tuple[float, float]]:
    """Each page's size in points, as `pdfinfo -f 1 -l N` reports it ("Page    2 size: 595.28 x 841.89 pts")."""
    output = subprocess.run(["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", output, re.M)]


def _seed(presentations: list[Presentation]) -> Presentation:
    return next(p for p in presentations if p.site == real_site())


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_session_record_prints_on_one_a4_page_and_5000_characters_per_field_print_in_full(
        browser: Browser, servers: dict, pytestconfig: pytest.Config, javascript: bool) -> None:
    seed = _seed(presentations(pytestconfig))
    url = seed.url(servers[seed.site]).replace("present.html", "record.html")
    with open_page(browser, javascript=javascript) as page:
        page.goto(url)
        for selector, text in FIELDS.items():
            page.locator(selector).fill(text)
        pages, text = _print(page, f"record-{javascript}")
        assert pages == 1, f"a session's record prints on {pages} pages"
        for typed in FIELDS.values():
            assert re.sub(r"\s+", "", typed) in text, f"{typed!r} is not on the printed record"

        unit, length = LONG
        long = (unit * (length // len(unit) + 1))[:length]
        for selector in FIELDS:
            page.locator(selector).fill(long)
        pages, text = _print(page, f"record-long-{javascript}")
        squeezed = re.sub(r"\s+", "", long)
        assert text.count(squeezed) == len(FIELDS), \
            f"of {len(FIELDS)} fields of {length} characters, {text.count(squeezed)} print in full (on {pages} pages)"
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0, "typed markup became an element"
        print(f"record with {length} characters in each field, JavaScript {'on' if javascript else 'off'}: {pages} A4 pages")
