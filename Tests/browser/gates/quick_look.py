"""The quick look every page gets: loaded once at 320 px in a tab kept open for many pages, it must
load nothing from outside the site, obey a strict policy, log no error, store nothing and not
scroll sideways. (The full gates, on each kind's representatives, look at everything else.)"""

from __future__ import annotations

from playwright.sync_api import Browser

from browser import VIEWS
from findings import Finding
from gates.layout import overflow_findings
from gates.privacy import PrivacyWatch

_FORGET = """() => { try { localStorage.clear(); sessionStorage.clear(); } catch (e) {} }"""


class QuickLook:
    """One 320 px tab on one site, reused page after page (a fresh tab per page costs five times
    as much); what one page stored is cleared before the next, so no finding carries over."""

    def __init__(self, browser: Browser, origin: str) -> None:
        self.context = browser.new_context(viewport=VIEWS["320px"])
        self.page = self.context.new_page()
        self.watch = PrivacyWatch(self.page, origin)
        self.origin = origin

    def findings(self, page_path: str, name: str | None = None) -> list[Finding]:
        """Loads `page_path` and reports what the quick look sees on it (labelled `name`, else the path)."""
        watch = self.watch
        watch.outside_requests.clear()
        watch.console_errors.clear()
        watch.page_errors.clear()
        name = f"{name or page_path} @ 320px"
        response = self.page.goto(self.origin + page_path)
        if response is None or not response.ok:
            return [Finding(name, "page-did-not-load", page_path, "the server did not answer 200")]
        found = watch.findings(name) + overflow_findings(self.page, name)
        self.page.evaluate(_FORGET)
        self.context.clear_cookies()
        return found

    def close(self) -> None:
        self.context.close()
