"""Keyboard: a skip link first, every control reached by Tab in reading order, focus always visible."""

from __future__ import annotations

from playwright.sync_api import Page

from findings import Finding
from gates.dom import script

_FOCUSABLE = ("a[href], area[href], button, input:not([type=hidden]), select, textarea, iframe, "
              "details > summary:first-of-type, [tabindex], [contenteditable]:not([contenteditable=false]), "
              "audio[controls], video[controls]")

#: What a focus indicator can change, counting outline, border and underline only when they paint.
_STYLE = r"""
const look = (el) => {
  const s = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const clear = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !clear(s.outlineColor)
    ? [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset].join(' ') : 'no outline';
  const border = ['Top', 'Right', 'Bottom', 'Left'].map((side) =>
    s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0
      ? `${s[`border${side}Width`]} ${s[`border${side}Color`]}` : '-').join(' ');
  const underline = s.textDecorationLine !== 'none'
    ? [s.textDecorationLine, s.textDecorationThickness, s.textDecorationColor].join(' ') : 'none';
  return [outline, border, underline, s.boxShadow, s.backgroundColor, s.color,
          Math.round(box.width), Math.round(box.height), Math.round(box.left + scrollX), Math.round(box.top + scrollY)].join('|');
};
"""

# Lists every element that should be a Tab stop, in document order, with how it looks unfocused.
_CANDIDATES = script(_STYLE + r"""
const controls = [...document.querySelectorAll(arg)].filter((el) =>
  !el.disabled && el.tabIndex >= 0 && !el.closest('[inert]') &&
  el.checkVisibility({ visibilityProperty: true }));
window.__briefingTabStops = controls;
return controls.map((el) => ({
  name: describe(el), look: look(el), tabindex: el.getAttribute('tabindex'),
  group: el.type === 'radio' && el.name ? `${el.form ? 'form' : ''}:${el.name}` : null }));
""")

# Describes the focused element after a Tab press.
_FOCUSED = script(_STYLE + r"""
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
const box = el.getBoundingClientRect();
const onScreen = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
const href = el.getAttribute('href');
let target = null;
if (el.localName === 'a' && href && href.startsWith('#') && href.length > 1) {
  const t = document.getElementById(decodeURIComponent(href.slice(1)));
  const main = document.querySelector('main');
  target = { exists: !!t, isMain: !!t && !!main && (t === main || main.contains(t) || t.contains(main)) };
}
return { index: window.__briefingTabStops.indexOf(el), name: describe(el), look: look(el), onScreen,
         text: el.textContent.trim(), target };
""")

# After following the skip link, is the next Tab stop inside or after its target?
_AFTER_SKIP = script(r"""
const skip = window.__briefingTabStops[0];
const target = document.getElementById(decodeURIComponent(skip.getAttribute('href').slice(1)));
const el = document.activeElement;
if (!target || !el || el === document.body) return true;
return target.contains(el) || !!(target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
""")


def keyboard_findings(page: Page, name: str) -> list[Finding]:
    """Tabs through the freshly loaded `page` (nothing focused yet) and reports what a keyboard user meets."""
    candidates = page.evaluate(_CANDIDATES, _FOCUSABLE)
    stops = []
    for _ in range(len(candidates) + 3):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None or (stops and focused["index"] == stops[0]["index"] and focused["index"] >= 0):
            break
        stops.append(focused)
    found = _skip_link_findings(page, name, stops)
    found += _order_findings(name, candidates, stops)
    for stop in stops:
        unfocused = candidates[stop["index"]]["look"] if stop["index"] >= 0 else None
        if stop["look"] == unfocused:
            found.append(Finding(name, "focus-not-visible", stop["name"],
                                 "give :focus-visible an outline or box-shadow that differs from the unfocused look"))
        if not stop["onScreen"]:
            found.append(Finding(name, "focus-off-screen", stop["name"],
                                 "the focused element is outside the viewport; do not hide focusable elements off-screen"))
    return found


def _skip_link_findings(page: Page, name: str, stops: list[dict]) -> list[Finding]:
    first = stops[0] if stops else None
    if not first or first["target"] is None or "skip" not in first["text"].lower():
        element = f"first Tab stop: {first['name']}" if first else "no Tab stop at all"
        return [Finding(name, "skip-link", element,
                        'make the first focusable element <a href="#main">Skip to main content</a> pointing at <main id="main">')]
    if not first["target"]["exists"]:
        return [Finding(name, "skip-link", first["name"], "the skip link points at an id that is not on the page")]
    if not first["target"]["isMain"]:
        return [Finding(name, "skip-link", first["name"], "the skip link should point at <main> (or an element inside it)")]
    page.evaluate("() => window.__briefingTabStops[0].focus()")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    if not page.evaluate(_AFTER_SKIP):
        return [Finding(name, "skip-link", first["name"], "after following the skip link, Tab should continue inside the main content")]
    return []


def _order_findings(name: str, candidates: list[dict], stops: list[dict]) -> list[Finding]:
    found = []
    reached = {stop["index"] for stop in stops}
    groups = {c["group"] for i, c in enumerate(candidates) if i in reached and c["group"]}
    for index, candidate in enumerate(candidates):
        if index not in reached and not (candidate["group"] and candidate["group"] in groups):
            found.append(Finding(name, "not-reachable-by-tab", candidate["name"],
                                 "make it focusable in order (no negative tabindex, not hidden from keyboard users)"))
    previous = -1
    for stop in stops:
        if stop["index"] < 0:
            found.append(Finding(name, "tab-order", stop["name"], "Tab reached an element that is not a visible control"))
        elif stop["index"] < previous:
            found.append(Finding(name, "tab-order", stop["name"],
                                 "Tab order differs from reading order; remove positive tabindex or reorder the markup"))
        previous = max(previous, stop["index"])
    for candidate in candidates:
        if candidate["tabindex"] and candidate["tabindex"].strip().lstrip("+").isdigit() and int(candidate["tabindex"]) > 0:
            found.append(Finding(name, "tab-order", f"{candidate['name']} tabindex={candidate['tabindex']}",
                                 "remove the positive tabindex; let the markup order be the Tab order"))
    return found
