"""Addresses a practitioner may be given or type: a hash that names no step of the aid is said on
the page (not silently replaced by the page's own step), a mistyped page deep in the aid gets the
site's 404 page with its look and working links, and every page names the site's own icon, so no
browser asks for a missing /favicon.ico."""

from __future__ import annotations

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import Browser

from browser import open_page
from conftest import _real_site
from wizard_walk import Aid, answer_numbers, choose, heading


def _first_answer_path(aid: Aid):
    return next(p for p in aid.paths if answer_numbers(p)[0] == 1)


def test_a_hash_naming_no_step_says_so_and_shows_the_pages_own_step(browser: Browser, servers: dict, aid: Aid) -> None:
    path = _first_answer_path(aid)
    with open_page(browser) as page:
        page.goto(aid.url(servers[aid.site], "a.html") + "#a-9-9")
        notice = page.locator("[data-wizard-unknown]")
        assert notice.is_visible(), "an address naming no step should say so"
        assert "#a-9-9" in notice.inner_text()
        assert heading(page) == path.steps[0].text
        choose(page, path.steps[0].answer)
        assert not notice.is_visible(), "the notice goes once an answer is given"


def test_a_hash_naming_a_step_shows_it_without_a_notice(browser: Browser, servers: dict, aid: Aid) -> None:
    path = _first_answer_path(aid)
    with open_page(browser) as page:
        page.goto(aid.url(servers[aid.site], "a.html") + "#a-1")
        assert heading(page) == (path.steps[1].text if len(path.steps) > 1 else path.outcome)
        assert not page.locator("[data-wizard-unknown]").is_visible()


def test_every_page_names_an_icon_the_site_has() -> None:
    site = _real_site()
    pages = sorted(site.rglob("*.html"))
    assert pages
    for file in pages:
        icons = re.findall(r'<link rel="icon" href="([^"]+)"', file.read_text())
        assert len(icons) == 1, f"{file.relative_to(site)} names {len(icons)} icons"
        # 404.html's links start at the site's root path (hosts show it at any depth).
        target = site / icons[0].lstrip("/") if icons[0].startswith("/") else file.parent / icons[0]
        assert target.resolve().is_file(), f"{file.relative_to(site)}: {icons[0]} is missing"


def test_a_page_asks_for_nothing_missing_and_its_icon_loads(browser: Browser, servers: dict, aid: Aid) -> None:
    failed: list[str] = []
    with open_page(browser) as page:
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
        page.goto(aid.url(servers[aid.site], "a.html"), wait_until="networkidle")
        icon = page.evaluate("() => document.querySelector('link[rel=icon]')?.getAttribute('href')")
        assert icon, "the page names no icon"
        response = page.request.get(page.url.rsplit("/", 1)[0] + "/" + icon)
        assert response.status == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert not failed, failed


class _HostWith404(SimpleHTTPRequestHandler):
    """A static host as GitHub Pages or Netlify behave: a missing address gets 404.html, at any depth."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def test_a_mistyped_decision_aid_address_gets_the_sites_404_page_with_its_look_and_working_links(browser: Browser, aid: Aid) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_HostWith404, directory=str(aid.site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    failed: list[str] = []
    try:
        origin = f"http://127.0.0.1:{server.server_port}/"
        with open_page(browser) as page:
            page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 and r.request.resource_type != "document" else None)
            response = page.goto(aid.url(origin, "a-9-9.html"), wait_until="networkidle")
            assert response is not None and response.status == 404
            assert heading(page) == "Page not found"
            assert page.evaluate("() => [...document.styleSheets].some((s) => s.href && s.cssRules.length > 0)"), "the site's stylesheet applies"
            assert not failed, failed
            page.get_by_role("link", name="Go to the list of briefings").click()
            page.wait_for_load_state()
            assert page.url == origin + "index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
