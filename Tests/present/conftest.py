"""Fixtures for present mode's browser tests: every briefing's present mode, one server per site,
one browser for the whole run.

The briefings come from two sites:
- the site under test ($BRIEFING_SITE_DIR, else `<repo>/site`): the present modes that stand for
  the others (Tests/browser/page_kinds.py: the first by address and the largest in each notice state), so
  the suite's time grows with the kinds of briefing, not their number;
- the fixture site of other shapes (one panel, twenty panels, a second flowchart, questions for
  discussion and speaker notes), written by the Swift test `PresentFixtureSiteTests` when
  $BRIEFING_PRESENT_FIXTURE_DIR is set. If that folder holds no site, `swift test --filter
  PresentFixtureSiteTests` is run to make it (scratch path $BRIEFING_SCRATCH_PATH, else `.build`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Iterator

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "Tests" / "browser"))  # the quality gates and their helpers

from playwright.sync_api import Browser  # noqa: E402

from browser import headless_chromium  # noqa: E402
from page_kinds import representatives  # noqa: E402
from present_screens import Presentation  # noqa: E402
from site_server import serve_directory  # noqa: E402

_PRESENTATIONS = pytest.StashKey[list[Presentation]]()


def real_site() -> Path:
    return Path(os.environ.get("BRIEFING_SITE_DIR") or REPO / "site").resolve()


def _fixture_site() -> Path:
    folder = Path(os.environ.get("BRIEFING_PRESENT_FIXTURE_DIR") or Path(tempfile.mkdtemp(prefix="present-fixture-")))
    if not (folder / "site" / "index.html").is_file():
        scratch = os.environ.get("BRIEFING_SCRATCH_PATH") or ".build"
        done = subprocess.run(
            ["swift", "test", "--scratch-path", scratch, "--filter", "PresentFixtureSiteTests"],
            cwd=REPO, capture_output=True, text=True, check=False,
            env={**os.environ, "BRIEFING_PRESENT_FIXTURE_DIR": str(folder)})
        if done.returncode != 0 or not (folder / "site" / "index.html").is_file():
            raise pytest.UsageError(f"could not build the present-mode fixture site:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return (folder / "site").resolve()


def _representative(presentations: list[Presentation]) -> list[Presentation]:
    if not presentations:
        return []
    site = presentations[0].site
    chosen = {rep.path for rep in representatives(site, [p.page_path for p in presentations])}
    return [p for p in presentations if p.page_path in chosen]


def presentations(config: pytest.Config) -> list[Presentation]:
    if _PRESENTATIONS not in config.stash:
        config.stash[_PRESENTATIONS] = (_representative(Presentation.all_in(real_site()))
                                        + Presentation.all_in(_fixture_site()))
    return config.stash[_PRESENTATIONS]


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [f"present mode: {p.slug} ({len(p.screens)} screens) in {p.site}" for p in presentations(config)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "presentation" in metafunc.fixturenames:
        found = presentations(metafunc.config)
        metafunc.parametrize("presentation", found, ids=[p.slug for p in found])


@pytest.fixture(scope="session")
def servers(pytestconfig: pytest.Config) -> Iterator[dict[Path, str]]:
    """Each site under test served over http://127.0.0.1:<port>/, by site folder."""
    with ExitStack() as stack:
        yield {site: stack.enter_context(serve_directory(site)) for site in {p.site for p in presentations(pytestconfig)}}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the whole run."""
    with headless_chromium() as chromium:
        yield chromium
