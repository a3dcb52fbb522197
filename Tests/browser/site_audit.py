"""Runs every gate over every page of a site, for checks on a whole site at once."""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import Browser

from browser import VIEWS, open_page
from findings import Finding
from gates import (PrivacyWatch, axe_findings, from_disk_findings, html_validator_findings, keyboard_findings,
                   no_javascript_findings, overflow_findings, reach_by_clicking, screenshot_findings,
                   text_zoom_findings)
from site_crawl import crawl
from site_server import serve_directory


def audit_site(browser: Browser, site_dir: Path) -> list[Finding]:
    """Every finding of every gate on every page of `site_dir` (an empty list means all gates pass)."""
    pages = crawl(site_dir)
    found = list(pages.findings) + html_validator_findings(site_dir, pages.pages)
    reached, clicks = reach_by_clicking(browser, site_dir)
    found += clicks + [Finding(page, "unreachable-from-disk", "index.html", "no chain of links reaches it from disk")
                       for page in pages.pages if page not in reached]
    with serve_directory(site_dir) as base, tempfile.TemporaryDirectory() as shots:
        for page_path in pages.pages:
            url = base + page_path
            for view in VIEWS:
                with open_page(browser, view) as page:
                    found += screenshot_findings(page, url, page_path, view, Path(shots))
                    found += axe_findings(page, f"{page_path} @ {view}")
            with open_page(browser, "320px") as page:
                page.goto(url)
                found += overflow_findings(page, f"{page_path} @ 320px")
            with open_page(browser) as page:
                watch = PrivacyWatch(page, base)
                page.goto(url)
                found += watch.findings(page_path)
                found += text_zoom_findings(page, page_path)
            with open_page(browser) as page:
                page.goto(url)
                found += keyboard_findings(page, page_path)
            with open_page(browser) as page:
                found += from_disk_findings(page, site_dir, page_path)
            found += no_javascript_findings(browser, url, page_path)
    return found
