"""A generated page read into a small tree, to ask which texts and links it holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list["Element | str"] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self, skip: set[str] = frozenset()) -> str:
        """The element's text, leaving out elements with any class in `skip` and SVG titles."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not (child.classes & skip) and child.tag not in ("title", "desc", "script", "style"):
                parts.append(child.text(skip))
        return "".join(parts)

    def find_all(self, predicate) -> list["Element"]:
        found = []
        for child in self.children:
            if isinstance(child, Element):
                if predicate(child):
                    found.append(child)
                found.extend(child.find_all(predicate))
        return found

    def by_class(self, name: str) -> list["Element"]:
        return self.find_all(lambda e: name in e.classes)

    def by_tag(self, tag: str) -> list["Element"]:
        return self.find_all(lambda e: e.tag == tag)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def read(path: Path) -> Element:
    builder = _Builder()
    builder.feed(path.read_text(encoding="utf-8"))
    return builder.root


def document_title(root: Element) -> str:
    """The page's <title> (the one in <head>, not an SVG's)."""
    head = root.by_tag("head")
    titles = head[0].by_tag("title") if head else []
    return titles[0].text().strip() if titles else ""
