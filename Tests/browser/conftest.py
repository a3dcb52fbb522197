"""Fixtures for the browser quality gates: the sites, their crawls and representatives, one server
per site, one browser.

The site under test is `--site-dir`, else $BRIEFING_SITE_DIR, else `<repo>/site`; the fixture
library is checked beside it unless `--site-only` (see sites.py). Tests taking `page` run once per
representative (page_kinds.py: the first and the largest page of each kind in each state, in each
site) and get the full gates; tests taking `any_page` run once per page of every site and get the
quick checks; tests taking `view` run once per viewport.
"""

from __future__ import annotations

import os
import shutil
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser

from browser import CHROMIUM, VIEWS, headless_chromium
from findings import Finding
from gates import QuickLook, html_validator_findings_by_name
from page_kinds import Representative, representatives
from site_crawl import Crawl
from site_server import serve_directory
from sites import REPO, Site, SitePage, crawl_site, library_fixture_site

_SITES = pytest.StashKey[list[Site]]()
_CRAWLS = pytest.StashKey[dict[str, Crawl]]()
_REPRESENTATIVES = pytest.StashKey[dict[str, list[Representative]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--site-dir", help="generated site to check (default: $BRIEFING_SITE_DIR or <repo>/site)")
    parser.addoption("--site-only", action="store_true", help="check only the site, not the fixture library beside it")


def _site_dir(config: pytest.Config) -> Path:
    chosen = config.getoption("--site-dir") or os.environ.get("BRIEFING_SITE_DIR") or REPO / "site"
    return Path(chosen).resolve()


def _output_dir() -> Path:
    return Path(os.environ.get("BRIEFING_TEST_OUTPUT") or REPO / "test-output").resolve()


def sites(config: pytest.Config) -> list[Site]:
    """The site under test, then (unless --site-only) the fixture library."""
    if _SITES not in config.stash:
        found = [Site("site", _site_dir(config))]
        if not config.getoption("--site-only"):
            found.append(Site("library", library_fixture_site()))
        config.stash[_SITES] = found
    return config.stash[_SITES]


def crawls(config: pytest.Config) -> dict[str, Crawl]:
    """Each site's crawl, by site name."""
    if _CRAWLS not in config.stash:
        config.stash[_CRAWLS] = {site.name: crawl_site(site.dir) for site in sites(config)}
    return config.stash[_CRAWLS]


def site_representatives(config: pytest.Config) -> dict[str, list[Representative]]:
    """Each site's representatives, by site name."""
    if _REPRESENTATIVES not in config.stash:
        config.stash[_REPRESENTATIVES] = {site.name: representatives(site.dir, crawls(config)[site.name].pages)
                                          for site in sites(config)}
    return config.stash[_REPRESENTATIVES]


def every_page(config: pytest.Config) -> list[SitePage]:
    return [SitePage(site, path) for site in sites(config) for path in crawls(config)[site.name].pages]


def representative_pages(config: pytest.Config) -> list[SitePage]:
    return [SitePage(site, rep.path) for site in sites(config) for rep in site_representatives(config)[site.name]]


def pytest_report_header(config: pytest.Config) -> list[str]:
    lines = [f"{site.name}: {site.dir} ({len(crawls(config)[site.name].pages)} pages found by crawling, "
             f"{len(site_representatives(config)[site.name])} representatives)" for site in sites(config)]
    return lines + [f"browser: {CHROMIUM}", f"screenshots: {_output_dir() / 'screenshots'}"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page" in metafunc.fixturenames:
        pages = representative_pages(metafunc.config)
        metafunc.parametrize("page", pages, ids=[p.id for p in pages])
    if "any_page" in metafunc.fixturenames:
        pages = every_page(metafunc.config)
        metafunc.parametrize("any_page", pages, ids=[p.id for p in pages])
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
def crawled(pytestconfig: pytest.Config) -> dict[str, Crawl]:
    """Every site's pages and assets reached from its entry pages, and the link problems met on the way, by site name."""
    return crawls(pytestconfig)


@pytest.fixture(scope="session")
def servers(pytestconfig: pytest.Config) -> Iterator[dict[str, str]]:
    """Each site served over http://127.0.0.1:<port>/ for the whole run, by site name."""
    with ExitStack() as stack:
        yield {site.name: stack.enter_context(serve_directory(site.dir)) for site in sites(pytestconfig)}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the whole run."""
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="session")
def html_errors(pytestconfig: pytest.Config) -> list[Finding]:
    """The Nu HTML Checker's errors for every page of every site, from one Java call; each
    finding's page is the page's test id."""
    return html_validator_findings_by_name({p.id: p.site.dir / p.path for p in every_page(pytestconfig)})


@pytest.fixture(scope="session")
def quick_looks(browser: Browser, servers: dict[str, str]) -> Iterator[dict[str, QuickLook]]:
    """One reused 320 px tab per site for the quick look at every page."""
    looks = {name: QuickLook(browser, url) for name, url in servers.items()}
    yield looks
    for look in looks.values():
        look.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """A fresh folder for this run's screenshots (inside the gitignored test-output/)."""
    folder = _output_dir() / "screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder
