"""Every page is found by following links, and every link and #fragment leads somewhere."""

from pathlib import Path

import pytest

from findings import fail_on
from sites import SitePage


def test_the_site_has_been_generated(site_dir: Path) -> None:
    if not (site_dir / "index.html").is_file():
        pytest.fail(f"{site_dir}/index.html does not exist: run `swift build && .build/debug/briefing build` first "
                    "(or pass --site-dir / BRIEFING_SITE_DIR)", pytrace=False)


def test_every_link_and_fragment_on_the_page_leads_somewhere(crawled: dict, any_page: SitePage) -> None:
    fail_on(crawled[any_page.site.name].findings_for(any_page.path))


def test_every_generated_page_is_reached_from_the_home_page(crawled: dict) -> None:
    fail_on([f for crawl in crawled.values() for f in crawl.findings if f.rule == "orphan-page"])
