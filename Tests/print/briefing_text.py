"""The sentences of a briefing, read from its Markdown in content/, for checking that a printed
page holds every one of them.

Markdown syntax is stripped the way it renders (headings, list markers, emphasis, links and
autolinks keep only their text); each heading and each list item is one piece, and paragraphs
are split after every `.`, `?` or `!` followed by a space.
"""

from __future__ import annotations

import re
from pathlib import Path

_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _inline(text: str) -> str:
    """A line of Markdown as the words it renders to."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)          # images: alt text
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)            # links: their text
    text = re.sub(r"<((?:https?|mailto):[^>]+)>", r"\1", text)       # autolinks: the address
    text = re.sub(r"`([^`]*)`", r"\1", text)                         # code spans
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)                  # strong
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)   # emphasis
    text = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"\1", text)
    return text.replace("\\", "").strip()


def pieces(markdown: str) -> list[str]:
    """Every heading, list item and sentence of `markdown`, as plain text, in order."""
    found: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            found.extend(s for s in _SENTENCE_END.split(_inline(" ".join(paragraph))) if s)
            paragraph.clear()

    for line in markdown.splitlines():
        if not line.strip():
            flush()
        elif _HEADING.match(line):
            flush()
            found.append(_inline(_HEADING.sub("", line).rstrip("#").strip()))
        elif _LIST_ITEM.match(line):
            flush()
            paragraph.append(_LIST_ITEM.sub("", line))
            flush()
        else:
            paragraph.append(line.strip())
    flush()
    return [piece for piece in found if piece]


def briefing_pieces(content_dir: Path, slug: str) -> list[str]:
    """The pieces of `content/<slug>.md`."""
    return pieces((content_dir / f"{slug}.md").read_text(encoding="utf-8"))
