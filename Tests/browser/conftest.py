"""Fixtures for the browser quality gates: the site, its crawl, one server, one browser.

The site is `--site-dir`, else $BRIEFING_SITE_DIR, else `<repo>/site`. Tests taking
`page_path` run once per page the crawl finds; tests taking `view` once per viewport.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser

from browser import CHROMIUM, VIEWS, headless_chromium
from findings import Finding
from gates import html_validator_findings
from site_crawl import Crawl, crawl
from site_server import serve_directory

REPO = Path(__file__).resolve().parents[2]
_CRAWL = pytest.StashKey[Crawl]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--site-dir", help="generated site to check (default: $BRIEFING_SITE_DIR or <repo>/site)")


def _site_dir(config: pytest.Config) -> Path:
    chosen = config.getoption("--site-dir") or os.environ.get("BRIEFING_SITE_DIR") or REPO / "site"
    return Path(chosen).resolve()


def _output_dir() -> Path:
    return Path(os.environ.get("BRIEFING_TEST_OUTPUT") or REPO / "test-output").resolve()


def _crawl(config: pytest.Config) -> Crawl:
    if _CRAWL not in config.stash:
        config.stash[_CRAWL] = crawl(_site_dir(config))
    return config.stash[_CRAWL]


def pytest_report_header(config: pytest.Config) -> list[str]:
    site = _site_dir(config)
    return [f"site: {site} ({len(_crawl(config).pages)} pages found by crawling from index.html)",
            f"browser: {CHROMIUM}", f"screenshots: {_output_dir() / 'screenshots'}"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        pages = _crawl(metafunc.config).pages
        metafunc.parametrize("page_path", pages, ids=pages)
    explicit = {name for mark in metafunc.definition.iter_markers("parametrize") for name in mark.args[0].split(",")}
    if "view" in metafunc.fixturenames and "view" not in explicit:
        metafunc.parametrize("view", list(VIEWS))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    terminalreporter.write_line(f"screenshots: {_output_dir() / 'screenshots'}")
    started = os.environ.get("BRIEFING_RUN_STARTED")
    if started:
        terminalreporter.write_line(f"browser gates: whole run took {time.time() - float(started):.0f} s (venv, Java and Chromium included)")


@pytest.fixture(scope="session")
def site_dir(pytestconfig: pytest.Config) -> Path:
    """The generated site under test."""
    return _site_dir(pytestconfig)


@pytest.fixture(scope="session")
def crawled(pytestconfig: pytest.Config) -> Crawl:
    """Every page and asset reached from index.html, and the link problems met on the way."""
    return _crawl(pytestconfig)


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The site served over http://127.0.0.1:<port>/ for the whole run."""
    with serve_directory(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the whole run."""
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="session")
def html_errors(site_dir: Path, crawled: Crawl) -> list[Finding]:
    """The Nu HTML Checker's errors for every page, from one Java call."""
    return html_validator_findings(site_dir, crawled.pages)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """A fresh folder for this run's screenshots (inside the gitignored test-output/)."""
    folder = _output_dir() / "screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder
