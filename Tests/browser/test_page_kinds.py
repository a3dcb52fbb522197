"""The representatives stand for every kind of page in every state: the fixture library's include a
page with each status notice (and a withdrawn briefing's pages, which nothing links to, are still
crawled and checked), and the choice is the first page met and the largest of each group."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import crawls, site_representatives, sites
from page_kinds import NOTICES, page_kind, representatives


def test_the_fixture_library_is_checked_fully_in_every_notice_state(pytestconfig: pytest.Config) -> None:
    if "library" not in {site.name for site in sites(pytestconfig)}:
        pytest.skip("--site-only: the fixture library is not checked")
    chosen = site_representatives(pytestconfig)["library"]
    states = {rep.state for rep in chosen}
    assert states >= {"current", *NOTICES}, (
        f"the library's representatives show the states {sorted(states)}; if the notice's wording changed, "
        "update page_kinds.NOTICES")
    for kind in ("briefing page", "handout", "present mode", "session record"):
        assert {rep.state for rep in chosen if rep.kind == kind} >= {"current", *NOTICES}, kind


def test_a_withdrawn_briefing_linked_from_nowhere_is_still_crawled(pytestconfig: pytest.Config) -> None:
    if "library" not in {site.name for site in sites(pytestconfig)}:
        pytest.skip("--site-only: the fixture library is not checked")
    crawl = crawls(pytestconfig)["library"]
    withdrawn = [rep.path for rep in site_representatives(pytestconfig)["library"] if rep.state == "withdrawn"]
    assert withdrawn and all(path in crawl.pages for path in withdrawn)
    assert not [f for f in crawl.findings if f.rule == "orphan-page"]


def test_each_kind_in_each_state_is_represented_by_the_first_page_met_and_the_largest(tmp_path: Path) -> None:
    pages = {"topics/a/index.html": 300, "topics/b/index.html": 900, "topics/c/index.html": 900,
             "topics/d/index.html": 100, "index.html": 50}
    for path, size in pages.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x" * size)
    withdrawn = tmp_path / "topics/e/index.html"
    withdrawn.parent.mkdir()
    withdrawn.write_text('<div class="status-notice"><p>This briefing was withdrawn on 1 May 2025.</p></div>')
    chosen = {rep.path: (rep.kind, rep.state, rep.why) for rep in representatives(tmp_path, [*pages, "topics/e/index.html"])}
    assert chosen == {
        "index.html": ("home page", "current", "first and largest"),
        "topics/a/index.html": ("topic list", "current", "first"),
        "topics/b/index.html": ("topic list", "current", "largest"),  # the first met of the two largest
        "topics/e/index.html": ("topic list", "withdrawn", "first and largest"),
    }
    assert page_kind("briefings/x/when-to-share/a-1-2.html") == "decision aid step"
