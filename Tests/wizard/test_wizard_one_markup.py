"""One source for the decision aid's markup: a designer's edit to the question, outcome and answer
partials (templates/partials/wizard-*.mustache) shows on the static pages (JavaScript off) and on
the steps the script shows (JavaScript on). The site is built from a copy of templates/ with each
partial edited, by the same `briefing` executable the other tests use."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest
from playwright.sync_api import Browser

from browser import open_page
from conftest import REPO, _cli_paths
from site_server import serve_directory
from wizard_walk import Aid, answer_numbers, choose, heading, start, step_name

_EDITS = {"wizard-question": "Edited question", "wizard-outcome": "Edited outcome", "wizard-answer": "Edited answer"}


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Aid, str]]:
    """The site's first decision aid, built with edited partials, and the server serving it."""
    work = tmp_path_factory.mktemp("designer-edit")
    shutil.copytree(REPO / "templates", work / "templates")
    for partial, text in _EDITS.items():
        file = work / "templates" / "partials" / f"{partial}.mustache"
        file.write_text(f'<p class="designer-edit">{text}</p>\n' + file.read_text())
    cli = os.environ.get("BRIEFING_CLI") or str(REPO / ".build" / "debug" / "briefing")
    done = subprocess.run([cli, "build", "--templates", str(work / "templates"), "--output", str(work / "site")],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    aid = Aid.from_json(work / "site", _cli_paths()[0])
    with serve_directory(work / "site") as origin:
        yield aid, origin


def _edits(page) -> list[str]:
    return [text.strip() for text in page.locator(".designer-edit:visible").all_inner_texts()]


def test_with_javascript_the_steps_the_script_shows_carry_the_designers_edit(browser: Browser, edited: tuple[Aid, str]) -> None:
    aid, origin = edited
    path = max(aid.paths, key=lambda p: len(p.steps))
    with open_page(browser) as page:
        start(page, aid, origin)
        for number, step in enumerate(path.steps):
            assert heading(page) == step.text
            assert _edits(page) == ["Edited question"], f"question {number + 1}"
            choose(page, step.answer)
        assert heading(page) == path.outcome
        assert page.url.endswith("#" + step_name(answer_numbers(path))), "the script, not a page load, showed the outcome"
        assert _edits(page) == ["Edited outcome"] + ["Edited answer"] * len(path.steps)


def test_without_javascript_the_static_pages_carry_the_designers_edit(browser: Browser, edited: tuple[Aid, str]) -> None:
    aid, origin = edited
    path = max(aid.paths, key=lambda p: len(p.steps))
    numbers = answer_numbers(path)
    with open_page(browser, javascript=False) as page:
        page.goto(aid.url(origin, "a.html"))
        assert _edits(page) == ["Edited question"]
        page.goto(aid.url(origin, step_name(numbers) + ".html"))
        assert heading(page) == path.outcome
        assert _edits(page) == ["Edited outcome"] + ["Edited answer"] * len(path.steps)
