"""Each briefing's one-page handout, printed by Chromium as a practitioner would print it, fits on
one sheet of A4 with every sentence of the briefing, nothing smaller than 8pt, and nothing
clipped or overlapping. Pictures of the printed pages go to test-output/print/."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

import html_tree
from briefing_text import briefing_pieces
from printing import (A4_POINTS, Printed, POINTS_PER_MM, comparable, font_box_ratio, overlapping_words,
                      page_size_points, pdf_info, pdf_text, pdf_words)

#: No printed text may be smaller than this (the brief for every handout).
SMALLEST_FONT_PT = 8.0
#: Home printers cannot print right up to the paper's edge; keep every word this far in.
PRINTER_MARGIN_MM = 5.0


def test_the_handout_prints_on_exactly_one_sheet_of_a4(handout: Printed) -> None:
    info = pdf_info(handout.pdf)
    assert info["Pages"] == "1", f"{handout.pdf} has {info['Pages']} pages; see {handout.png}"
    width, height = sorted(page_size_points(info))
    assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1, f"page size is {info['Page size']}, not A4"
    assert handout.png.stat().st_size > 0


def test_the_pdf_is_titled_with_the_briefings_title(handout: Printed, content_dir: Path, slug: str) -> None:
    title = html_tree.document_title(html_tree.read(handout.html))
    assert title == briefing_pieces(content_dir, slug)[0], "the handout's <title> is the briefing's first heading"
    assert pdf_info(handout.pdf)["Title"] == title


def test_every_sentence_of_the_briefing_is_on_the_printed_page(handout: Printed, content_dir: Path, slug: str) -> None:
    printed = comparable(pdf_text(handout.pdf))
    missing = [piece for piece in briefing_pieces(content_dir, slug) if comparable(piece) not in printed]
    assert not missing, f"not on the printed handout ({handout.png}):\n" + "\n".join(missing)


def test_the_footer_and_the_flowchart_are_printed_whole(handout: Printed) -> None:
    page = html_tree.read(handout.html)
    article = page.by_class("handout")[0]
    lines = [p.text() for footer in article.by_class("handout__footer") for p in footer.by_tag("p")]
    lines += [t.text() for svg in article.by_tag("svg") for t in svg.by_tag("tspan") + svg.by_tag("text") if not t.by_tag("tspan")]
    printed = comparable(pdf_text(handout.pdf))
    missing = [line for line in lines if comparable(line) and comparable(line) not in printed]
    assert not missing, "not on the printed handout:\n" + "\n".join(missing)


def test_no_printed_text_is_smaller_than_8pt(handout: Printed) -> None:
    ratio = font_box_ratio(handout.pdf)
    words = pdf_words(handout.pdf)
    assert words, "the printed handout has no text"
    smallest = min(words, key=lambda w: w.height)
    size = smallest.height / ratio
    print(f"{handout.pdf.name}: smallest text {size:.1f}pt ('{smallest.text}'), box ratio {ratio:.4f}")
    assert size >= SMALLEST_FONT_PT - 0.05, f"'{smallest.text}' is printed at about {size:.1f}pt; see {handout.png}"


def test_no_words_overlap_and_none_is_near_the_edge_of_the_paper(handout: Printed) -> None:
    words = pdf_words(handout.pdf)
    clashes = overlapping_words(words)
    assert not clashes, "overlapping words: " + "; ".join(f"'{a.text}' and '{b.text}' at y={a.y_min:.0f}" for a, b in clashes[:10])
    width, height = page_size_points(pdf_info(handout.pdf))
    margin = PRINTER_MARGIN_MM * POINTS_PER_MM
    outside = [w for w in words if w.x_min < margin or w.y_min < margin or w.x_max > width - margin or w.y_max > height - margin]
    assert not outside, "too near the paper's edge: " + ", ".join(f"'{w.text}'" for w in outside[:10])


def test_nothing_sticks_out_of_its_panel_when_laid_out_for_print(handout: Printed, layout_browser: Browser) -> None:
    """Laid out with print styles at the width of the printed sheet, no panel's content (text,
    flowchart) reaches outside the panel, where the printed page would clip or overlap it."""
    width, height = page_size_points(pdf_info(handout.pdf))
    margins = 16 * 96 / 25.4   # the handout's 8mm margins, in CSS px
    page = layout_browser.new_page(viewport={"width": round(width * 96 / 72 - margins), "height": round(height * 96 / 72 - margins)})
    try:
        page.goto(handout.html.resolve().as_uri())
        page.emulate_media(media="print")
        outside = page.evaluate("""() => {
            const found = [];
            for (const panel of document.querySelectorAll('.handout-panel, .handout__header, .handout__footer')) {
                const box = panel.getBoundingClientRect();
                for (const element of panel.querySelectorAll('*')) {
                    const r = element.getBoundingClientRect();
                    if (r.width === 0 && r.height === 0) continue;
                    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
                        found.push(`${element.tagName.toLowerCase()} "${(element.textContent || '').trim().slice(0, 40)}" in ${panel.className}`);
                }
            }
            return found;
        }""")
    finally:
        page.close()
    assert not outside, "sticks out of its box:\n" + "\n".join(outside[:10])
