"""A briefing's ordinary page printed from the browser: A4, the content only (no navigation,
no buttons), each link to another site followed by its address, and no panel split across pages."""

from __future__ import annotations

import re

import pytest

import html_tree
from printing import A4_POINTS, Printed, comparable, page_size_points, pdf_info, pdf_text


def test_a_printed_briefing_page_is_a4_portrait(briefing_page: Printed) -> None:
    width, height = page_size_points(pdf_info(briefing_page.pdf))
    assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1, f"{width} x {height} pts is not A4 portrait"


def test_printing_a_briefing_page_leaves_out_navigation_and_buttons(briefing_page: Printed) -> None:
    page = html_tree.read(briefing_page.html)
    unwanted = [e.text() for e in page.find_all(lambda e: e.tag in ("nav", "button") or e.classes & {
        "site-header", "site-footer", "skip-link", "print-link"})]
    printed = comparable(pdf_text(briefing_page.pdf))
    shown = [text.strip() for text in unwanted if comparable(text) and comparable(text) in printed]
    assert not shown, "printed although it is navigation or a button:\n" + "\n".join(shown)


def test_each_link_to_another_site_is_followed_by_its_address(briefing_page: Printed) -> None:
    """A link whose text is its address already shows it (class bare-address) and is not repeated.
    A briefing need not link to another site; one that does not has nothing to check here."""
    main = html_tree.read(briefing_page.html).by_tag("main")[0]
    links = [a for a in main.by_tag("a") if a.attrs.get("href", "").startswith(("http://", "https://"))]
    if not links:
        pytest.skip(f"{briefing_page.html.parent.name} links to no other site")
    printed = comparable(pdf_text(briefing_page.pdf))
    missing = [a.attrs["href"] for a in links
               if comparable(a.attrs["href"] if "bare-address" in a.classes else f"({a.attrs['href']})") not in printed]
    # A bare address is not repeated after itself; "(address)" may still be printed after another,
    # worded link to the same address (a status notice's "Read the current advice").
    worded = {a.attrs["href"] for a in links if "bare-address" not in a.classes}
    repeated = [a.attrs["href"] for a in links
                if "bare-address" in a.classes and a.attrs["href"] not in worded
                and comparable(f"({a.attrs['href']})") in printed]
    assert not repeated, "printed twice: " + ", ".join(repeated)
    assert not missing, "printed without its address: " + ", ".join(missing)


def test_no_panel_is_split_across_pages(briefing_page: Printed) -> None:
    hidden = {"self-link", "panel__number", "external-note", "visually-hidden"}
    panels = html_tree.read(briefing_page.html).by_class("panel")
    assert panels, "the briefing page has no panels"
    pages = int(pdf_info(briefing_page.pdf)["Pages"])
    # Each page's text without the addresses print CSS adds after links, which the HTML lacks.
    texts = [re.sub(r"\(https?://[^)]*\)", "", comparable(pdf_text(briefing_page.pdf, n))) for n in range(1, pages + 1)]
    split = []
    for panel in panels:
        title = panel.by_tag("h2")[0].text(skip=hidden).strip()
        blocks = [b.text(skip=hidden) for b in panel.find_all(lambda e: e.tag in ("p", "li", "td", "dd")) if b.text(skip=hidden).strip()]
        last = (blocks[-1] if blocks else title).split()
        head, tail = comparable(title), comparable(" ".join(last[-6:]))
        starts = {n for n, text in enumerate(texts, 1) if head in text}
        ends = {n for n, text in enumerate(texts, 1) if tail in text}
        if not starts & ends:
            split.append(f"{title} (starts on page {sorted(starts)}, ends on page {sorted(ends)})")
    assert not split, f"split across pages (or missing), see {briefing_page.pdf}:\n" + "\n".join(split)
