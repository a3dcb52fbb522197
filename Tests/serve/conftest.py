"""Fixtures for the live preview's browser test: one `briefing serve` for the whole module, one
headless Chromium, and a fingerprint of the committed site/ taken before anything runs."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Iterator

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "browser"))

from playwright.sync_api import Browser  # noqa: E402

from browser import headless_chromium  # noqa: E402
from preview_process import REPO, Preview  # noqa: E402


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file below `folder` with its SHA-256 and modification time."""
    return {str(p.relative_to(folder)): f"{hashlib.sha256(p.read_bytes()).hexdigest()} {p.stat().st_mtime_ns}"
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def committed_site() -> dict[str, str]:
    return fingerprint(REPO / "site")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with headless_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory, committed_site: dict[str, str]) -> Iterator[Preview]:
    running = Preview(tmp_path_factory.mktemp("preview")).started()
    yield running
    running.stop()
