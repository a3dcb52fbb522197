"""The fixture site of flowcharts of other shapes (the issue's five questions with three-answer
questions and a merge, a four-outcome escalation, a four-answer question, eight questions),
written by the Swift test `FlowchartFixtureSiteTests` when $BRIEFING_FLOWCHART_FIXTURE_DIR is set.
If that folder holds no site, `swift test --skip-build --filter
FlowchartFixtureSiteTests/writeForBrowserTests` is run to make it (scratch path
$BRIEFING_SCRATCH_PATH, else `.build`). Used by the browser and print suites."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_made: list[Path] = []


def flowchart_fixture_site() -> Path:
    """The fixture site's folder, made once per run."""
    if _made:
        return _made[0]
    folder = Path(os.environ.get("BRIEFING_FLOWCHART_FIXTURE_DIR") or tempfile.mkdtemp(prefix="flowchart-fixture-"))
    if not (folder / "site" / "index.html").is_file():
        scratch = os.environ.get("BRIEFING_SCRATCH_PATH") or ".build"
        done = subprocess.run(
            ["swift", "test", "--skip-build", "--scratch-path", scratch, "--filter", "FlowchartFixtureSiteTests/writeForBrowserTests"],
            cwd=REPO, capture_output=True, text=True, check=False,
            env={**os.environ, "BRIEFING_FLOWCHART_FIXTURE_DIR": str(folder)})
        if done.returncode != 0 or not (folder / "site" / "index.html").is_file():
            raise RuntimeError(f"could not build the flowchart fixture site:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    _made.append((folder / "site").resolve())
    return _made[0]


def pages_with_flowcharts(site: Path) -> list[Path]:
    """Each briefing page of `site` that draws a flowchart."""
    return [page for page in sorted(site.glob("briefings/*/index.html")) if 'class="flowchart"' in page.read_text(encoding="utf-8")]
