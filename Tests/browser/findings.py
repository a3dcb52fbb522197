"""One finding per problem a gate sees, printed as one readable line."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest


@dataclass(frozen=True, order=True)
class Finding:
    """A problem on one page: which page, which rule, which element, and how to fix it.

    `page` is the page's path inside the site (`briefings/x/index.html`), optionally
    followed by the view it was seen in (`@ 320px`).
    """

    page: str
    rule: str
    element: str
    fix: str

    def line(self) -> str:
        """The finding as one line: `page: rule: element: fix`."""
        return ": ".join(_one_line(part) for part in (self.page, self.rule, self.element, self.fix))


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", "; ", text.strip())


def report(findings: list[Finding]) -> str:
    """All findings, one line each, in a stable order without duplicates."""
    lines = sorted(dict.fromkeys(f.line() for f in findings))
    return f"{len(lines)} finding(s):\n" + "\n".join(lines)


def fail_on(findings: list[Finding]) -> None:
    """Fails the current test with one line per finding (no traceback); passes when there are none."""
    if findings:
        pytest.fail(report(findings), pytrace=False)
