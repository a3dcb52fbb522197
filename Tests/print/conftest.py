"""Fixtures for the print checks: the built site, its handouts printed once each, and where the
pictures of them go.

The site is $BRIEFING_SITE_DIR, else `<repo>/site`; briefing Markdown is read from
$BRIEFING_CONTENT_DIR, else `<repo>/content`. Every handout is printed (whether one fits on a sheet
depends on its briefing's words); the briefing page's own print styles are checked on the briefing
pages that stand for the others (Tests/browser/page_kinds.py: the first by address and the largest
in each notice state), so the suite's time grows with the briefings only by one print each. PDFs and PNGs go to `test-output/print/`
($BRIEFING_TEST_OUTPUT/print), so that a person can look at exactly what was checked.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from printing import CHROMIUM, Printed, print_to_pdf, render_png, require_tools

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "Tests" / "browser"))  # which pages stand for the others

from page_kinds import representatives  # noqa: E402


def _site_dir() -> Path:
    return Path(os.environ.get("BRIEFING_SITE_DIR") or REPO / "site").resolve()


def _handout_slugs() -> list[str]:
    briefings = _site_dir() / "briefings"
    return sorted(p.parent.name for p in briefings.glob("*/print.html")) if briefings.is_dir() else []


def _representative_slugs(slugs: list[str]) -> list[str]:
    chosen = {rep.path for rep in representatives(_site_dir(), [f"briefings/{slug}/index.html" for slug in slugs])}
    return [slug for slug in slugs if f"briefings/{slug}/index.html" in chosen]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "slug" in metafunc.fixturenames:
        slugs = _handout_slugs()
        if not slugs:
            raise pytest.UsageError(f"no briefings/*/print.html in {_site_dir()}: build the site first (scripts/build-site)")
        if "briefing_page" in metafunc.fixturenames:
            slugs = _representative_slugs(slugs)
        metafunc.parametrize("slug", slugs)


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [f"site: {_site_dir()} (handouts: {', '.join(_handout_slugs()) or 'none'})",
            f"print output: {_output_dir()}"]


def _output_dir() -> Path:
    return (Path(os.environ.get("BRIEFING_TEST_OUTPUT") or REPO / "test-output") / "print").resolve()


@pytest.fixture(scope="session")
def site_dir() -> Path:
    return _site_dir()


@pytest.fixture(scope="session")
def content_dir() -> Path:
    return Path(os.environ.get("BRIEFING_CONTENT_DIR") or REPO / "content").resolve()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """A fresh test-output/print/ for this run's PDFs and PNGs."""
    require_tools()
    folder = _output_dir()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


_printed: dict[tuple[str, str], Printed] = {}


def _print(site_dir: Path, output_dir: Path, slug: str, page: str, name: str) -> Printed:
    key = (slug, page)
    if key not in _printed:
        html = site_dir / "briefings" / slug / page
        pdf = print_to_pdf(html, output_dir / f"{name}.pdf")
        _printed[key] = Printed(html, pdf, render_png(pdf, output_dir / f"{name}.png"))
    return _printed[key]


@pytest.fixture
def handout(site_dir: Path, output_dir: Path, slug: str) -> Printed:
    """The briefing's one-page handout (print.html), printed by Chromium (once per run)."""
    return _print(site_dir, output_dir, slug, "print.html", f"{slug}-handout")


@pytest.fixture
def briefing_page(site_dir: Path, output_dir: Path, slug: str) -> Printed:
    """The briefing's ordinary page (index.html), printed from the browser (once per run)."""
    return _print(site_dir, output_dir, slug, "index.html", f"{slug}-page")


@pytest.fixture(scope="session")
def layout_browser() -> Iterator[Browser]:
    """One Chromium for laying every handout out with print styles (the size checks' browser)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"] if os.geteuid() == 0 else [])
        try:
            yield browser
        finally:
            browser.close()
