"""Each gate catches the faults of a deliberately broken page added to a copy of the site,
and no gate complains about a correct hand-written site.

The broken pages (see broken_page.FAULTS) are linked from the copy's index.html, so the
crawl finds them exactly as it finds the generator's pages.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser

from broken_page import BROKEN, FOLDER_ONLY, LOOSE_CSP, NO_CSP, ORPHAN, add_broken_pages
from browser import VIEWS, open_page
from findings import Finding, fail_on, report
from fixture_site import write_fixture_site
from gates import (PrivacyWatch, QuickLook, axe_findings, click_through, from_disk_findings, html_validator_findings,
                   keyboard_findings, no_javascript_findings, overflow_findings, reach_by_clicking, screenshot_findings,
                   screenshot_path, text_zoom_findings)
from page_kinds import representatives
from site_audit import audit_site
from site_crawl import crawl
from site_server import serve_directory
from sites import crawl_site


@pytest.fixture(scope="module")
def broken_site(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary copy of the site under test (or of the fixture site, if none is built) with the broken pages added."""
    copy = tmp_path_factory.mktemp("broken") / "site"
    if (site_dir / "index.html").is_file():
        shutil.copytree(site_dir, copy)
    else:
        write_fixture_site(copy)
    add_broken_pages(copy)
    return copy


@pytest.fixture(scope="module")
def broken_url(broken_site: Path) -> Iterator[str]:
    with serve_directory(broken_site) as url:
        yield url


def expect(found: list[Finding], rule: str, text: str = "", page: str | None = None) -> None:
    """Fails unless some finding has `rule` and mentions `text` (on `page`, if given)."""
    if not any(f.rule == rule and text in f.line() and (page is None or f.page.startswith(page)) for f in found):
        pytest.fail(f"the gate missed {rule} {text!r}; it reported {report(found) if found else 'nothing'}", pytrace=False)


def test_link_gate_catches_a_missing_page_a_missing_fragment_and_an_unlinked_page(broken_site: Path) -> None:
    found = crawl(broken_site).findings
    expect(found, "broken-link", 'href="missing.html"', BROKEN)
    expect(found, "broken-fragment", 'href="../index.html#nowhere"', BROKEN)
    expect(found, "broken-fragment", 'href="#"', BROKEN)
    expect(found, "relative-links", 'href="/index.html"', BROKEN)
    expect(found, "orphan-page", page=ORPHAN)
    assert NO_CSP in crawl(broken_site).pages, "the crawl should follow links from the broken page"


@pytest.mark.parametrize("view", list(VIEWS))
def test_axe_gate_catches_an_image_without_alt_text_and_an_unlabelled_field(browser: Browser, broken_url: str, view: str) -> None:
    with open_page(browser, view) as page:
        page.goto(broken_url + BROKEN)
        found = axe_findings(page, f"{BROKEN} @ {view}")
    expect(found, "image-alt", "img", f"{BROKEN} @ {view}")
    expect(found, "label", "input")
    assert all("http" in f.fix for f in found), "every axe finding should carry axe's help link"


def test_html_gate_catches_a_stray_end_tag_and_a_duplicate_id(broken_site: Path) -> None:
    found = html_validator_findings(broken_site, [BROKEN, "index.html"])
    expect(found, "html-validator", "Stray end tag", BROKEN)
    expect(found, "html-validator", "Duplicate ID", BROKEN)


def test_privacy_gate_catches_inline_code_outside_scripts_a_missing_or_loose_policy_and_stored_data(browser: Browser, broken_url: str) -> None:
    with open_page(browser) as page:
        watch = PrivacyWatch(page, broken_url)
        page.goto(broken_url + BROKEN)
        found = watch.findings(BROKEN)
    expect(found, "csp-violation", "script-src-elem blocked inline")
    expect(found, "csp-violation", "style-src-attr blocked inline")
    expect(found, "csp-violation", "https://tracker.invalid/t.js")
    with open_page(browser) as page:
        watch = PrivacyWatch(page, broken_url)
        page.goto(broken_url + NO_CSP)
        found = watch.findings(NO_CSP)
    expect(found, "csp-meta-missing", page=NO_CSP)
    expect(found, "outside-request", "https://tracker.invalid/t.js")
    expect(found, "cookie-written", "visitor")
    expect(found, "localStorage-written", "seen")
    expect(found, "sessionStorage-written", "step")
    expect(found, "console-error", "tracker failed")
    with open_page(browser) as page:
        watch = PrivacyWatch(page, broken_url)
        page.goto(broken_url + LOOSE_CSP)
        found = watch.findings(LOOSE_CSP)
    expect(found, "csp-too-loose", "remove 'unsafe-inline' https://cdn.invalid")
    expect(found, "csp-meta-late", 'link[href="extra.css"]')


def test_layout_gate_catches_a_600px_element_on_a_320px_screen(browser: Browser, broken_url: str) -> None:
    with open_page(browser, "320px") as page:
        page.goto(broken_url + BROKEN)
        found = overflow_findings(page, BROKEN)
    expect(found, "horizontal-scroll", "div.too-wide (600px wide")


def test_layout_gate_catches_clipped_and_fixed_size_text_at_200_percent(browser: Browser, broken_url: str) -> None:
    with open_page(browser) as page:
        page.goto(broken_url + BROKEN)
        found = text_zoom_findings(page, BROKEN)
    expect(found, "text-clipped", "p.clipped")
    expect(found, "text-does-not-resize", "p.fixed-size (14px, then 14px)")


def test_keyboard_gate_catches_no_skip_link_a_positive_tabindex_and_invisible_focus(browser: Browser, broken_url: str) -> None:
    with open_page(browser) as page:
        page.goto(broken_url + BROKEN)
        found = keyboard_findings(page, BROKEN)
    expect(found, "skip-link", 'first Tab stop: header > p > a[href="../index.html"]')
    expect(found, "tab-order", "tabindex=2")
    expect(found, "focus-not-visible", "a.no-focus")


def test_no_javascript_gate_catches_script_written_content_and_controls_that_need_script(browser: Browser, broken_url: str) -> None:
    found = no_javascript_findings(browser, broken_url + BROKEN, BROKEN)
    expect(found, "content-missing-without-javascript", "Only shown with JavaScript")
    expect(found, "link-needs-javascript", 'a[href="#"]')
    expect(found, "control-needs-javascript", "button")


def test_from_disk_gate_catches_a_root_absolute_stylesheet_and_a_folder_link(browser: Browser, broken_site: Path) -> None:
    with open_page(browser) as page:
        found = from_disk_findings(page, broken_site, BROKEN)
    expect(found, "file-failed-to-load", "file:///broken/extra.css")
    expect(found, "link-breaks-on-disk", 'a[href="./"]')
    expect(found, "link-breaks-on-disk", 'a[href="/index.html"]')
    expect(found, "link-breaks-on-disk", 'a[href="missing.html"]')
    reached, _ = reach_by_clicking(browser, broken_site)
    assert BROKEN in reached and NO_CSP in reached, f"clicking from index.html should reach the broken pages; reached {reached}"


def test_clicking_through_from_disk_catches_a_page_reached_only_by_a_link_to_its_folder(browser: Browser, broken_site: Path) -> None:
    pages = crawl(broken_site)
    assert click_through(browser, broken_site, pages.clicks_to(BROKEN)) == []
    chain = pages.clicks_to(FOLDER_ONLY)
    assert chain[-2:] == [BROKEN, FOLDER_ONLY], f"the crawl should reach {FOLDER_ONLY} from {BROKEN}; it went {chain}"
    expect(click_through(browser, broken_site, chain), "link-breaks-on-disk", 'a[href="folder-only/"]', BROKEN)


def test_the_quick_look_catches_an_outside_request_inline_code_and_a_600px_element_and_forgets_them_on_the_next_page(
        browser: Browser, broken_url: str) -> None:
    look = QuickLook(browser, broken_url)
    try:
        found = look.findings(BROKEN)
        expect(found, "horizontal-scroll", "div.too-wide (600px wide")
        expect(found, "csp-violation", "script-src-elem blocked inline")
        expect(found, "csp-violation", "style-src-attr blocked inline")
        found = look.findings(NO_CSP)
        expect(found, "csp-meta-missing", page=NO_CSP)
        expect(found, "outside-request", "https://tracker.invalid/t.js")
        expect(found, "localStorage-written", "seen")
        expect(found, "cookie-written", "visitor")
        assert look.findings("index.html") == [], "what the broken pages did must not be blamed on the next page"
    finally:
        look.close()


def test_a_page_of_a_kind_no_rule_names_is_checked_fully(broken_site: Path) -> None:
    """The broken pages match no kind in page_kinds.KINDS, so each is a representative of its own
    and gets every full gate; the generated pages keep their kinds."""
    chosen = {rep.path: rep for rep in representatives(broken_site, crawl_site(broken_site).pages)}
    for page in (BROKEN, NO_CSP, LOOSE_CSP, FOLDER_ONLY):
        assert page in chosen and chosen[page].kind == f"unlisted page {page}", f"{page} is not checked fully: {chosen.get(page)}"
    assert chosen["index.html"].kind == "home page"


def test_screenshot_gate_saves_the_broken_page_and_reports_a_page_that_does_not_load(browser: Browser, broken_url: str, tmp_path: Path) -> None:
    for view, size in VIEWS.items():
        with open_page(browser, view) as page:
            assert screenshot_findings(page, broken_url + BROKEN, BROKEN, view, tmp_path) == []
        png = screenshot_path(tmp_path, BROKEN, view).read_bytes()
        width = struct.unpack(">I", png[16:20])[0]
        assert png.startswith(b"\x89PNG") and width >= size["width"], f"{view} screenshot is not a {size['width']}px PNG"
    with open_page(browser) as page:
        found = screenshot_findings(page, broken_url + "broken/missing.html", "broken/missing.html", "desktop", tmp_path)
    expect(found, "page-did-not-load", "404")


def test_a_correct_hand_written_site_passes_every_gate(browser: Browser, tmp_path: Path) -> None:
    site = write_fixture_site(tmp_path / "site")
    fail_on(audit_site(browser, site))
