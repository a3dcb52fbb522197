"""The decision aids under test, their paths (from the engine's paths JSON), and a keyboard user
walking them: Tab to move, Space or the arrow keys to choose a radio, Enter to follow a link or
press a button. Nothing here knows a flowchart's questions; they all come from the JSON."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path as FilePath

from playwright.sync_api import Page


@dataclass(frozen=True)
class Step:
    question: str
    text: str
    answer: str


@dataclass(frozen=True)
class Path:
    aid: "Aid" = field(repr=False, compare=False)
    steps: tuple[Step, ...]
    outcome: str
    outcome_id: str

    @property
    def name(self) -> str:
        """What a practitioner would say: answering No to 'Is there a clear…?' says Do not share."""
        answers = ", then ".join(f"{s.answer} to '{s.text}'" for s in self.steps)
        return f"{self.aid.title}: answering {answers} says {self.outcome}"


@dataclass(frozen=True)
class Aid:
    """One flowchart's decision aid in one built site."""

    site: FilePath
    id: str
    title: str
    version: str
    start_page: str
    paths: tuple[Path, ...] = field(default=(), compare=False)

    @staticmethod
    def from_json(site: FilePath, document: dict) -> "Aid":
        aid = Aid(site, document["id"], document["title"], document["version"], document["startPage"])
        paths = tuple(Path(aid, tuple(Step(s["question"], s["text"], s["answer"]) for s in p["steps"]),
                           p["outcome"]["title"], p["outcome"]["id"]) for p in document["paths"])
        object.__setattr__(aid, "paths", paths)
        return aid

    @property
    def folder(self) -> str:
        return self.start_page.rsplit("/", 1)[0] + "/"

    def url(self, origin: str | None, page: str = "index.html") -> str:
        """The address of `page` of this aid: on the test server at `origin`, or from disk when None."""
        if origin is None:
            return (self.site / self.folder / page).resolve().as_uri()
        return origin + self.folder + page


# --- Reading the page -----------------------------------------------------------------------

def heading(page: Page) -> str:
    """The text of the visible <h1>."""
    return page.locator("h1:visible").inner_text().strip()


def focused(page: Page) -> dict:
    return page.evaluate("""() => { const el = document.activeElement;
      return { tag: el.localName, text: (el.innerText || el.textContent || '').trim(), name: el.name || '',
               heading: el.hasAttribute('data-wizard-heading'), label: el.labels && el.labels[0] ? el.labels[0].innerText.trim() : '',
               answerLink: !!el.closest('.answer-links'), type: el.type || '' }; }""")


def answers_listed(page: Page) -> list[tuple[str, str]]:
    """The outcome page's "Your answers": (question, answer) pairs."""
    rows = page.locator(".wizard-answers .summary-list__row")
    return [(rows.nth(i).locator("dt").inner_text().strip(), rows.nth(i).locator(".summary-list__value").inner_text().strip())
            for i in range(rows.count())]


# --- Moving by keyboard ---------------------------------------------------------------------

def tab_to(page: Page, wanted, what: str, limit: int = 80) -> dict:
    """Presses Tab until `wanted(focused element)` holds; fails naming `what` if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if wanted(now):
            return now
    raise AssertionError(f"Tab never reached {what}")


def enter_and_wait(page: Page) -> None:
    """Presses Enter on a link and waits for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def start(page: Page, aid: Aid, origin: str | None) -> None:
    """Opens the aid's start page and follows "Start now" by keyboard."""
    page.goto(aid.url(origin))
    tab_to(page, lambda f: f["tag"] == "a" and f["text"] == "Start now", '"Start now"')
    enter_and_wait(page)


def choose(page: Page, answer: str) -> None:
    """With JavaScript on: Tab into the radios, choose `answer` (Space, or the arrow keys to
    another one), then Tab to "Continue" and press Enter."""
    at = tab_to(page, lambda f: f["name"] == "answer", "the answer radios")  # the chosen radio, else the first
    labels = [label.strip() for label in page.locator("input[name=answer] + label").all_inner_texts()]
    index, here = labels.index(answer), labels.index(at["label"])
    if index == here:
        page.keyboard.press("Space")
    for _ in range(abs(index - here)):
        page.keyboard.press("ArrowDown" if index > here else "ArrowUp")
    chosen = page.evaluate("() => document.querySelector('input[name=answer]:checked').labels[0].innerText.trim()")
    assert chosen == answer, f"chose {chosen!r}, not {answer!r}"
    continue_(page)


def continue_(page: Page) -> None:
    tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Continue", '"Continue"')
    page.keyboard.press("Enter")


def follow_answer_link(page: Page, answer: str) -> None:
    """With JavaScript off: Tab to the answer's link and press Enter."""
    tab_to(page, lambda f: f["answerLink"] and f["text"] == answer, f'the answer link "{answer}"')
    enter_and_wait(page)


def step_name(numbers: list[int]) -> str:
    return "-".join(["a", *map(str, numbers)])


def answer_numbers(path: Path) -> list[int]:
    """The 1-based position of each answer along `path`, read from the static pages (no JavaScript
    needed): the name of the page it reaches, e.g. [1, 2] for a-1-2.html."""
    numbers: list[int] = []
    for step in path.steps:
        html = (path.aid.site / path.aid.folder / f"{step_name(numbers)}.html").read_text()
        labels = re.findall(r'<a class="answer-link" href="[^"]+">([^<]*)</a>', html)
        numbers.append([_unescape(label) for label in labels].index(step.answer) + 1)
    return numbers


def _unescape(text: str) -> str:
    import html
    return html.unescape(text)
