"""Layout: nothing wider than the screen, and text that survives being made twice as big.

`overflow_findings` works in whatever viewport the page has (the suite uses 320 px);
`text_zoom_findings` sets Chromium's own font-size preference to 200% (as a reader's
browser setting would), then looks for horizontal scrolling, clipped text and text
that did not grow.
"""

from __future__ import annotations

from playwright.sync_api import Page

from findings import Finding
from gates.dom import script

#: Most findings of one rule reported per page; the rest are counted in one line.
_LIMIT = 8

_OVERFLOW = script(r"""
const width = document.documentElement.clientWidth;
const scrolls = document.documentElement.scrollWidth > width + 1;
const clipsInside = (el) => {
  for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true;
  }
  return false;
};
const culprits = [];
for (const el of document.body.querySelectorAll('*')) {
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1 || box.right <= width + 1 || clipsInside(el)) continue;
  const parent = el.parentElement.getBoundingClientRect();
  if (el.parentElement === document.body || parent.right <= width + 1) {
    culprits.push(`${describe(el)} (${Math.round(box.width)}px wide, right edge at ${Math.round(box.right)}px)`);
  }
}
return { width, scrollWidth: document.documentElement.scrollWidth, scrolls, culprits };
""")

_CLIPPED = script(r"""
const clipped = [];
for (const el of document.body.querySelectorAll('*')) {
  const style = getComputedStyle(el);
  if (!el.textContent.trim() || el.clientWidth <= 1 || el.clientHeight <= 1) continue;  // visually hidden
  if (style.clip !== 'auto' || style.clipPath !== 'none') continue;
  const hides = (o) => o === 'hidden' || o === 'clip';
  const wide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
  const tall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
  const ellipsis = style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
  if (wide || tall || ellipsis) {
    clipped.push(`${describe(el)} (shows ${el.clientWidth}x${el.clientHeight}px of ${el.scrollWidth}x${el.scrollHeight}px)`);
  }
}
return clipped;
""")

_TEXT_SIZES = script(r"""
const sizes = [];
for (const el of document.body.querySelectorAll('*')) {
  // A diagram (svg role=img) scales with its width, as an image does; its text alternative,
  // which must stand beside it, is ordinary text and is checked like any other.
  if (el.closest('svg[role="img"]')) continue;
  const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  if (hasText) sizes.push([describe(el), parseFloat(getComputedStyle(el).fontSize)]);
}
return sizes;
""")


def overflow_findings(page: Page, name: str) -> list[Finding]:
    """Horizontal scrolling at the page's current viewport, naming the elements that stick out."""
    state = page.evaluate(_OVERFLOW)
    if not state["scrolls"] and not state["culprits"]:
        return []
    fix = (f"the page is {state['scrollWidth']}px wide in a {state['width']}px viewport; "
           "let this element shrink (max-width: 100%, flexible widths, overflow-wrap: anywhere) or scroll inside its own container")
    culprits = state["culprits"] or ["html (no single element found)"]
    return _limited([Finding(name, "horizontal-scroll", culprit, fix) for culprit in culprits])


def text_zoom_findings(page: Page, name: str) -> list[Finding]:
    """Doubles the browser's default font size on the loaded `page` and reports what breaks.

    Leaves the page zoomed; use a fresh page for other checks.
    """
    before = page.evaluate(_TEXT_SIZES)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")
    after = dict(page.evaluate(_TEXT_SIZES))
    zoomed = f"{name} @ 200% text"
    found = [Finding(zoomed, "text-does-not-resize", f"{element} ({size:g}px, then {after[element]:g}px)",
                     "set font sizes in rem or em (not px) so the reader's text size setting applies")
             for element, size in dict(before).items() if element in after and after[element] < size * 1.5]
    found = _limited(found)
    found += _limited([Finding(zoomed, "text-clipped", element,
                               "let the box grow with its text: no fixed height/width with overflow: hidden, no text-overflow: ellipsis")
                       for element in page.evaluate(_CLIPPED)])
    found += overflow_findings(page, zoomed)
    return found


def _limited(findings: list[Finding]) -> list[Finding]:
    unique = list(dict.fromkeys(findings))
    if len(unique) <= _LIMIT:
        return unique
    rest = len(unique) - _LIMIT
    first = unique[0]
    return unique[:_LIMIT] + [Finding(first.page, first.rule, f"{rest} more elements", "see the elements above")]
