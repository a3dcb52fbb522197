"""Fixtures for the decision aid's browser tests: the aids to walk, their paths, one browser.

Every flowchart's paths come from the engine, never from this folder:
- the site's own flowcharts from `briefing paths --json` (the `briefing` executable is
  $BRIEFING_CLI, else `<repo>/.build/debug/briefing`), walked on the site in $BRIEFING_SITE_DIR
  (else `<repo>/site`);
- the "Who to tell" fixture (a second flowchart of another shape) from the Swift test
  `WizardFixtureSiteTests`, which writes its site and paths JSON when $BRIEFING_WIZARD_FIXTURE_DIR
  is set. If that folder holds no `paths.json`, `swift test --filter WizardFixtureSiteTests` is run
  to make it (scratch path $BRIEFING_SCRATCH_PATH, else `.build`).
"""

from __future__ import annotations

import json
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
from site_server import serve_directory  # noqa: E402
from wizard_walk import Aid, Path as AidPath  # noqa: E402

_AIDS = pytest.StashKey[list[Aid]]()


def _real_site() -> Path:
    return Path(os.environ.get("BRIEFING_SITE_DIR") or REPO / "site").resolve()


def _cli_paths() -> list[dict]:
    cli = Path(os.environ.get("BRIEFING_CLI") or REPO / ".build" / "debug" / "briefing")
    if not cli.is_file():
        raise pytest.UsageError(f"{cli} not found: build it (swift build) or set BRIEFING_CLI to the briefing executable")
    done = subprocess.run([str(cli), "paths", "--json"], cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise pytest.UsageError(f"briefing paths --json failed:\n{done.stderr}")
    return json.loads(done.stdout)


def _fixture() -> tuple[Path, list[dict]]:
    folder = Path(os.environ.get("BRIEFING_WIZARD_FIXTURE_DIR") or Path(tempfile.mkdtemp(prefix="wizard-fixture-")))
    if not (folder / "paths.json").is_file():
        scratch = os.environ.get("BRIEFING_SCRATCH_PATH") or ".build"
        done = subprocess.run(
            ["swift", "test", "--scratch-path", scratch, "--filter", "WizardFixtureSiteTests"],
            cwd=REPO, capture_output=True, text=True, check=False,
            env={**os.environ, "BRIEFING_WIZARD_FIXTURE_DIR": str(folder)})
        if done.returncode != 0 or not (folder / "paths.json").is_file():
            raise pytest.UsageError(f"could not build the Who to tell fixture site:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return folder / "site", json.loads((folder / "paths.json").read_text())


def _aids(config: pytest.Config) -> list[Aid]:
    if _AIDS not in config.stash:
        fixture_site, fixture_paths = _fixture()
        config.stash[_AIDS] = ([Aid.from_json(_real_site(), document) for document in _cli_paths()]
                               + [Aid.from_json(fixture_site, document) for document in fixture_paths])
    return config.stash[_AIDS]


def all_paths(config: pytest.Config) -> list[AidPath]:
    return [path for aid in _aids(config) for path in aid.paths]


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [f"decision aids: {aid.title} ({len(aid.paths)} paths) in {aid.site}" for aid in _aids(config)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "path" in metafunc.fixturenames:
        paths = all_paths(metafunc.config)
        metafunc.parametrize("path", paths, ids=[p.name for p in paths])
    if "aid" in metafunc.fixturenames:
        aids = _aids(metafunc.config)
        metafunc.parametrize("aid", aids, ids=[a.id for a in aids])


@pytest.fixture(scope="session")
def servers(pytestconfig: pytest.Config) -> Iterator[dict[Path, str]]:
    """Each site under test served over http://127.0.0.1:<port>/, by site folder."""
    with ExitStack() as stack:
        yield {site: stack.enter_context(serve_directory(site)) for site in {aid.site for aid in _aids(pytestconfig)}}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the whole run."""
    with headless_chromium() as chromium:
        yield chromium
