"""Which pages stand for all the others: every page has a kind (the template that made it, known
from its address) and a state (what the template was asked to show: a status notice, a question
or an outcome); the full gates run on the representatives of each kind in each state, the quick
checks on every page.

The representatives of a site are, for each (kind, state) found in it, the first page a reader
meets (in the order the crawl reaches pages: from index.html, link by link in page order) and the
largest file (the most complex: most panels, answers, rows; ties go to the one met first). Both
choices depend only on the built site, which is byte-for-byte reproducible, so two runs check the
same pages. A page whose address matches no kind below is a
kind of its own: a new kind of page is checked fully until it is added here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

#: Page kinds by address (a full match of the path inside the site), first match wins.
KINDS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pattern)) for name, pattern in [
    ("home page", r"index\.html"),
    ("page not found", r"404\.html"),
    ("search page", r"search/index\.html"),
    ("references", r"references/index\.html"),
    ("list of all briefings", r"briefings/(index|page-\d+)\.html"),
    ("topic list", r"topics/[^/]+/(index|page-\d+)\.html"),
    ("audience list", r"audiences/[^/]+/(index|page-\d+)\.html"),
    ("briefing page", r"briefings/[^/]+/index\.html"),
    ("handout", r"briefings/[^/]+/print\.html"),
    ("present mode", r"briefings/[^/]+/present\.html"),
    ("session record", r"briefings/[^/]+/record\.html"),
    ("decision aid start", r"briefings/[^/]+/[^/]+/index\.html"),
    ("decision aid step", r"briefings/[^/]+/[^/]+/a(-\d+)*\.html"),
    ("practice page", r"briefings/[^/]+/[^/]+/practice\.html"),
    ("sign-off page", r"briefings/[^/]+/[^/]+/sign-off\.html"),
]]

#: The status notice's states (templates/partials/status-notice.mustache), by what each prints.
NOTICES = {
    "withdrawn": "This briefing was withdrawn on",
    "superseded": "This briefing was replaced on",
    "replaced edition": "status-notice__screen",
    "under review": "This briefing is under review",
}


@dataclass(frozen=True)
class Representative:
    """A page chosen to stand for its kind in one state, and why."""

    path: str
    kind: str
    state: str
    why: str  # "first" and/or "largest"


def page_kind(path: str) -> str:
    """The kind of the page at `path` (inside the site); an unknown address is its own kind."""
    return next((name for name, pattern in KINDS if pattern.fullmatch(path)), f"unlisted page {path}")


def page_state(kind: str, html: str) -> str:
    """What the page shows that its kind's other pages may not: the status notices it carries
    (joined with '+', or 'current'), and for a decision aid's step whether it asks or concludes."""
    notices = [name for name, mark in NOTICES.items() if mark in html]
    if not notices and 'class="status-notice"' in html:
        notices = ["unrecognised notice"]  # still its own state, so still checked fully
    state = " + ".join(notices) or "current"
    if kind == "decision aid step":
        state += ", outcome" if 'class="outcome-panel' in html else ", question"
    return state


def representatives(site_dir: Path, pages: list[str]) -> list[Representative]:
    """The first (in the order of `pages`: give them in crawl order) and the largest page of each
    kind in each state, in the order of `pages`."""
    groups: dict[tuple[str, str], list[str]] = {}
    for path in pages:
        html = (site_dir / path).read_text(encoding="utf-8", errors="replace")
        kind = page_kind(path)
        groups.setdefault((kind, page_state(kind, html)), []).append(path)
    chosen: dict[str, Representative] = {}
    for (kind, state), group in groups.items():
        largest = min(group, key=lambda path: (-(site_dir / path).stat().st_size, group.index(path)))
        first = group[0]
        why = "first and largest" if first == largest else None
        chosen[first] = Representative(first, kind, state, why or "first")
        if largest != first:
            chosen[largest] = Representative(largest, kind, state, "largest")
    return [chosen[path] for path in pages if path in chosen]
