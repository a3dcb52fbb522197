"""Debian's Chromium driven by Playwright, and the views every page is checked in."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = "/usr/bin/chromium"

#: Viewports by label; the label appears in findings and screenshot names.
VIEWS = {
    "desktop": {"width": 1280, "height": 800},
    "320px": {"width": 320, "height": 640},
}


def launch(playwright: Playwright) -> Browser:
    """Starts headless Debian Chromium (never a Playwright-downloaded build); no sandbox as root."""
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    return playwright.chromium.launch(executable_path=CHROMIUM, args=args)


@contextmanager
def open_page(browser: Browser, view: str = "desktop", javascript: bool = True) -> Iterator[Page]:
    """A page in a fresh context (no cookies, storage or cache shared with other checks)."""
    context = browser.new_context(viewport=VIEWS[view], java_script_enabled=javascript)
    try:
        yield context.new_page()
    finally:
        context.close()
