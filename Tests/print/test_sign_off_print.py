"""Each flowchart's sign-off table, printed from the browser as a safeguarding lead would print it
to sign, fits one sheet of A4 with every cell of the table, the rules and the lines to sign, no
text smaller than 8pt and no word clipped at the paper's edge. Checked on the built site's
flowcharts and on a sixteen-path fixture (the most the page promises to fit), which the Swift
test `ProofPagesTests` writes when $BRIEFING_SIGN_OFF_FIXTURE_DIR is set."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

import html_tree
from conftest import REPO, _site_dir
from printing import (A4_POINTS, POINTS_PER_MM, Printed, comparable, font_box_ratio, page_size_points, pdf_info,
                      pdf_text, pdf_words, print_to_pdf, render_png)

SMALLEST_FONT_PT = 8.0
PRINTER_MARGIN_MM = 5.0


def _fixture_site() -> Path:
    folder = Path(os.environ.get("BRIEFING_SIGN_OFF_FIXTURE_DIR") or tempfile.mkdtemp(prefix="sign-off-fixture-"))
    if not (folder / "site").is_dir():
        scratch = os.environ.get("BRIEFING_SCRATCH_PATH") or ".build"
        done = subprocess.run(
            ["swift", "test", "--skip-build", "--scratch-path", scratch, "--filter", "ProofPagesTests/writeForPrintTests"],
            cwd=REPO, capture_output=True, text=True, check=False,
            env={**os.environ, "BRIEFING_SIGN_OFF_FIXTURE_DIR": str(folder)})
        if done.returncode != 0 or not (folder / "site").is_dir():
            raise pytest.UsageError(f"could not build the sixteen-path fixture site:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return folder / "site"


def _pages() -> list[Path]:
    return sorted(_site_dir().glob("briefings/*/*/sign-off.html")) + sorted(_fixture_site().glob("briefings/*/*/sign-off.html"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "sign_off_page" in metafunc.fixturenames:
        pages = _pages()
        if not pages:
            raise pytest.UsageError("no briefings/*/*/sign-off.html to print: build the site first (scripts/build-site)")
        metafunc.parametrize("sign_off_page", pages, ids=[f"{p.parents[1].name}/{p.parent.name}" for p in pages])


_printed: dict[Path, Printed] = {}


@pytest.fixture
def sign_off(sign_off_page: Path, output_dir: Path) -> Printed:
    """The sign-off page printed by Chromium (once per run), with a PNG of it in test-output/print/."""
    if sign_off_page not in _printed:
        name = f"{sign_off_page.parents[1].name}-{sign_off_page.parent.name}-sign-off"
        pdf = print_to_pdf(sign_off_page, output_dir / f"{name}.pdf")
        _printed[sign_off_page] = Printed(sign_off_page, pdf, render_png(pdf, output_dir / f"{name}.png"))
    return _printed[sign_off_page]


def test_the_sign_off_table_prints_on_one_sheet_of_a4(sign_off: Printed) -> None:
    info = pdf_info(sign_off.pdf)
    rows = len(html_tree.read(sign_off.html).by_tag("tbody")[0].by_tag("tr"))
    assert info["Pages"] == "1", f"{rows} paths print on {info['Pages']} pages; see {sign_off.png}"
    width, height = sorted(page_size_points(info))
    assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1, f"page size is {info['Page size']}, not A4"


def test_every_cell_the_rules_and_the_lines_to_sign_are_printed(sign_off: Printed) -> None:
    main = html_tree.read(sign_off.html).by_tag("main")[0]
    cells = [cell.text() for cell in main.find_all(lambda e: e.tag in ("th", "td"))]
    lines = [p.text() for p in main.by_class("signature__line")] + [li.text() for li in main.by_class("rule-key")[:1] for li in li.by_tag("li")]
    assert cells and len(lines) >= 4
    printed = comparable(pdf_text(sign_off.pdf))
    missing = [text for text in cells + lines if comparable(text) not in printed]
    assert not missing, f"not on the printed sign-off page ({sign_off.png}):\n" + "\n".join(missing[:20])


def test_no_printed_text_is_smaller_than_8pt_or_near_the_edge(sign_off: Printed) -> None:
    words = pdf_words(sign_off.pdf)
    assert words, "the printed sign-off page has no text"
    smallest = min(words, key=lambda w: w.height)
    size = smallest.height / font_box_ratio(sign_off.pdf)
    assert size >= SMALLEST_FONT_PT - 0.05, f"'{smallest.text}' is printed at about {size:.1f}pt; see {sign_off.png}"
    width, height = page_size_points(pdf_info(sign_off.pdf))
    margin = PRINTER_MARGIN_MM * POINTS_PER_MM
    outside = [w for w in words if w.x_min < margin or w.y_min < margin or w.x_max > width - margin or w.y_max > height - margin]
    assert not outside, "too near the paper's edge: " + ", ".join(f"'{w.text}'" for w in outside[:10])


def test_the_printed_page_leaves_out_the_way_back(sign_off: Printed) -> None:
    printed = comparable(pdf_text(sign_off.pdf))
    assert comparable("Back to the decision aid") not in printed
    assert comparable("Skip to main content") not in printed
