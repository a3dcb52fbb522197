"""Debian's Chromium driven by Playwright, and the views every page is checked in."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from playwright.sync_api import Browser, Page, Route, sync_playwright

CHROMIUM = "/usr/bin/chromium"

#: Viewports by label; the label appears in findings and screenshot names.
VIEWS = {
    "desktop": {"width": 1280, "height": 800},
    "320px": {"width": 320, "height": 640},
}


@contextmanager
def headless_chromium() -> Iterator[Browser]:
    """Headless Debian Chromium (never a Playwright-downloaded build), closed on leaving; no
    sandbox as root."""
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        try:
            yield chromium
        finally:
            chromium.close()


#: What any check may load: the local test server, files on disk, and data the page holds.
LOCAL = ("http://127.0.0.1:", "file:", "data:", "blob:")


def _stay_local(route: Route) -> None:
    if route.request.url.startswith(LOCAL):
        route.continue_()
    else:
        route.abort("blockedbyclient")  # the privacy gate reports it; no check ever reaches the network


@contextmanager
def open_page(browser: Browser, view: str = "desktop", javascript: bool = True) -> Iterator[Page]:
    """A page in a fresh context (no cookies, storage or cache shared with other checks)
    that can load nothing from outside this machine's test server and disk."""
    context = browser.new_context(viewport=VIEWS[view], java_script_enabled=javascript)
    context.route("**/*", _stay_local)
    try:
        yield context.new_page()
    finally:
        context.close()
