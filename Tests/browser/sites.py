"""The sites the browser gates check, and the pages in them.

- `site`: the site under test (`--site-dir`, else $BRIEFING_SITE_DIR, else `<repo>/site`);
- `library`: the fixture library (Tests/BriefingEngineTests/LibraryFixture.swift: 64 briefings over
  6 topics and 4 audiences, one superseded, one withdrawn, one under review, one following a
  replaced edition), written by the Swift test `LibraryFixtureSiteTests` to
  `$BRIEFING_LIBRARY_FIXTURE_DIR/site`. `scripts/test` sets that folder during its Swift run; if it
  holds no site, `swift test --filter LibraryFixtureSiteTests` is run to make it (scratch path
  $BRIEFING_SCRATCH_PATH, else `.build`). `--site-only` leaves the library out.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from page_kinds import page_kind, page_state
from site_crawl import ENTRY_PAGES, Crawl, crawl

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Site:
    """A built site to check: a short name for test ids and its folder."""

    name: str
    dir: Path


@dataclass(frozen=True)
class SitePage:
    """One page of one site."""

    site: Site
    path: str

    @property
    def id(self) -> str:
        """The test id: the path for the site under test, `library:path` for the fixture library."""
        return self.path if self.site.name == "site" else f"{self.site.name}:{self.path}"


def library_fixture_site() -> Path:
    """The fixture library's built site, exported by the Swift tests (see the module's note)."""
    folder = Path(os.environ.get("BRIEFING_LIBRARY_FIXTURE_DIR") or tempfile.mkdtemp(prefix="library-fixture-"))
    if not (folder / "site" / "index.html").is_file():
        scratch = os.environ.get("BRIEFING_SCRATCH_PATH") or ".build"
        done = subprocess.run(
            ["swift", "test", "--scratch-path", scratch, "--filter", "LibraryFixtureSiteTests"],
            cwd=REPO, capture_output=True, text=True, check=False,
            env={**os.environ, "BRIEFING_LIBRARY_FIXTURE_DIR": str(folder)})
        if done.returncode != 0 or not (folder / "site" / "index.html").is_file():
            raise RuntimeError(f"could not build the fixture library's site:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return (folder / "site").resolve()


def crawl_site(site_dir: Path) -> Crawl:
    """Crawls from the entry pages and from the pages of withdrawn briefings, which stay at their
    address with a notice but are linked from nowhere by design (so they are no orphans)."""
    found = crawl(site_dir)
    withdrawn = tuple(f.page for f in found.findings if f.rule == "orphan-page" and "withdrawn" in
                      page_state(page_kind(f.page), (site_dir / f.page).read_text(encoding="utf-8", errors="replace")))
    return crawl(site_dir, ENTRY_PAGES + withdrawn) if withdrawn else found
