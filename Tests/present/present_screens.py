"""The present modes under test and what a presenter meets in one: the screens, read from the
static page (each `[data-slide]` section, named by its heading's id), checked against the panels
of the briefing's own page; and the state of a loaded present mode (which screen shows, the hash,
what has focus, what the live region said)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from playwright.sync_api import Page

TITLE_SCREEN = "title-screen"


@dataclass(frozen=True)
class Screen:
    id: str
    label: str


class _Sections(HTMLParser):
    """Collects each screen section and each panel heading of the briefing page."""

    def __init__(self) -> None:
        super().__init__()
        self.screens: list[Screen] = []
        self.panel_ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "section" and "data-slide" in values:
            self.screens.append(Screen(values.get("aria-labelledby") or "", values.get("data-screen-label") or ""))
        if tag == "h2" and "panel__title" in (values.get("class") or "").split():
            self.panel_ids.append(values.get("id") or "")


def _read(path: Path) -> _Sections:
    parser = _Sections()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@dataclass(frozen=True)
class Presentation:
    """One briefing's present mode in one built site."""

    site: Path
    slug: str
    screens: tuple[Screen, ...]
    panel_ids: tuple[str, ...]

    @staticmethod
    def all_in(site: Path) -> list["Presentation"]:
        found = []
        for page in sorted(site.glob("briefings/*/present.html")):
            slug = page.parent.name
            found.append(Presentation(site, slug, tuple(_read(page).screens), tuple(_read(page.parent / "index.html").panel_ids)))
        return found

    @property
    def estimated_overflow(self) -> dict[str, float]:
        """How many pixels of each panel `briefing check` estimates do not fit one screen at
        1280×720 (negative: room to spare), by the panel's id: from `present-fit.json` beside a
        fixture site (written by PresentFixtureSiteTests); empty for other sites."""
        estimates = self.site.parent / "present-fit.json"
        if not estimates.is_file():
            return {}
        return json.loads(estimates.read_text(encoding="utf-8"))["overflow"].get(self.slug, {})

    @property
    def page_path(self) -> str:
        return f"briefings/{self.slug}/present.html"

    def url(self, origin: str | None, suffix: str = "") -> str:
        """The present mode's address on the server at `origin`, or from disk when None."""
        if origin is None:
            return (self.site / self.page_path).resolve().as_uri() + suffix
        return origin + self.page_path + suffix


_STATE = """() => {
  const shown = [...document.querySelectorAll('[data-slide]')].filter((s) => !s.hidden);
  const el = document.activeElement;
  return {
    shown: shown.map((s) => s.getAttribute('aria-labelledby')),
    hash: decodeURIComponent(location.hash.slice(1)),
    focused: el.closest('[data-slide]') === el ? el.getAttribute('aria-labelledby') : (el.dataset.presentAction || el.localName),
    status: document.querySelector('[data-present-status]').textContent,
    position: document.querySelector('[data-present-position]').textContent,
  };
}"""


def state(page: Page) -> dict:
    """Which screens show, the hash, what has focus (a screen's id, a button's action, or a tag
    name), the live region's text and the bar's position."""
    return page.evaluate(_STATE)


def open_presentation(page: Page, presentation: Presentation, origin: str | None, suffix: str = "") -> None:
    """Loads the present mode and waits for the script to show one screen."""
    page.goto(presentation.url(origin, suffix))
    page.wait_for_function("() => document.documentElement.classList.contains('presenting')")
