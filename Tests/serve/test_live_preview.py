"""The live preview, as an author uses it: `briefing serve` over a copy of content/ and
templates/, a briefing open in the browser, then edits saved to disk. Every wait is bounded."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from conftest import fingerprint
from preview_process import REPO, Preview

SEED = "information-sharing"
OLD = "Information sharing is essential for effective safeguarding"
RELOAD_TIMEOUT = 15_000  # ms; a save normally shows in well under a second


def open_briefing(browser: Browser, preview: Preview) -> Page:
    page = browser.new_context().new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(preview.url + f"briefings/{SEED}/")
    expect(page.locator("h1")).to_contain_text("Information Sharing")
    page.wait_for_function("() => document.querySelector('script[data-build]') !== null")
    page.errors = errors  # type: ignore[attr-defined]
    return page


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_a_saved_sentence_shows_in_the_open_page_without_reloading_by_hand(browser: Browser, preview: Preview) -> None:
    page = open_briefing(browser, preview)
    markdown = preview.content / f"{SEED}.md"
    started = time.monotonic()
    edit(markdown, OLD, "A new sentence saved during the preview test. " + OLD)
    expect(page.get_by_text("A new sentence saved during the preview test.")).to_be_visible(timeout=RELOAD_TIMEOUT)
    print(f"save to reloaded page: {(time.monotonic() - started) * 1000:.0f} ms")
    preview.wait_for(rf"content/{SEED}\.md changed: Built site")
    assert not page.errors, page.errors  # type: ignore[attr-defined]


def test_a_broken_template_shows_its_file_and_line_and_mending_it_brings_the_page_back(browser: Browser, preview: Preview) -> None:
    page = open_briefing(browser, preview)
    template = preview.templates / "briefing.mustache"
    good = template.read_text()
    lines = good.split("\n")
    template.write_text("\n".join(lines[:2] + ["{{/notOpened}}"] + lines[2:]))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("The site did not build", timeout=RELOAD_TIMEOUT)
    expect(page.locator("main ol li pre").first).to_contain_text(re.compile(r"templates/briefing\.mustache:3:\d+: error: "))
    assert page.request.get(page.url).status == 500
    assert page.request.get(preview.url).status == 500  # every page, not just this one
    preview.wait_for(r"templates/briefing\.mustache:3:\d+: error: ")

    template.write_text(good)
    expect(heading).to_contain_text("Information Sharing", timeout=RELOAD_TIMEOUT)
    assert page.request.get(page.url).status == 200


def test_the_error_page_is_accessible(browser: Browser, preview: Preview) -> None:
    from gates import axe_findings  # the browser suite's axe-core gate

    page = open_briefing(browser, preview)
    template = preview.templates / "layout.mustache"
    good = template.read_text()
    template.write_text(good + "\n{{#unclosed}}\n")
    try:
        expect(page.get_by_role("heading", level=1)).to_have_text("The site did not build", timeout=RELOAD_TIMEOUT)
        assert axe_findings(page, "error page") == []
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.tagName") == "PRE"  # a long line scrolls by keyboard
    finally:
        template.write_text(good)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Information Sharing", timeout=RELOAD_TIMEOUT)


def test_the_content_folder_deleted_while_serving_shows_the_error_page_not_a_crash(browser: Browser, preview: Preview) -> None:
    page = open_briefing(browser, preview)
    moved = preview.work / "content-moved-away"
    preview.content.rename(moved)
    try:
        expect(page.get_by_role("heading", level=1)).to_have_text("The site did not build", timeout=RELOAD_TIMEOUT)
        expect(page.locator("main")).to_contain_text("content")
    finally:
        moved.rename(preview.content)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Information Sharing", timeout=RELOAD_TIMEOUT)
    assert preview.process.poll() is None


def test_fifty_saves_in_one_second_end_with_the_last(browser: Browser, preview: Preview) -> None:
    page = open_briefing(browser, preview)
    markdown = preview.content / f"{SEED}.md"
    original = markdown.read_text()
    for number in range(1, 51):
        markdown.write_text(original.replace(OLD, f"Save number {number} of fifty. " + OLD, 1))
        time.sleep(0.02)
    expect(page.get_by_text("Save number 50 of fifty.")).to_be_visible(timeout=RELOAD_TIMEOUT)
    time.sleep(1)  # any rebuild still queued finishes
    assert preview.process.poll() is None
    page.reload()
    expect(page.get_by_text("Save number 50 of fifty.")).to_be_visible()
    builds = [line for line in preview.lines if "Built site" in line]
    assert len(builds) < 50, f"{len(builds)} builds for 50 saves: saves were not coalesced"


def raw_request(url: str, request: bytes, timeout: float = 10) -> bytes:
    host, port = re.match(r"http://([\d.]+):(\d+)/", url).groups()  # type: ignore[union-attr]
    with socket.create_connection((host, int(port)), timeout=timeout) as connection:
        try:
            connection.sendall(request)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            return b""  # refused, or not read, before the whole request was sent
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except (ConnectionResetError, TimeoutError):
            pass
        return received


def test_traversal_is_not_found(preview: Preview) -> None:
    for target in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/briefings/..%2f..%2f..%2fetc/passwd"):
        answer = raw_request(preview.url, f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        assert answer.startswith(b"HTTP/1.1 404"), answer[:80]
        assert b"root:" not in answer


def test_a_ten_megabyte_header_does_not_stop_the_preview(preview: Preview) -> None:
    huge = b"GET / HTTP/1.1\r\nHost: x\r\nX-Huge: " + b"a" * (10 * 1024 * 1024) + b"\r\nConnection: close\r\n\r\n"
    answers: list[bytes] = []
    sender = threading.Thread(target=lambda: answers.append(raw_request(preview.url, huge, timeout=5)), daemon=True)
    sender.start()
    time.sleep(0.5)
    answer = raw_request(preview.url, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200"), answer[:80]
    sender.join(timeout=15)
    assert not answers or not answers[0].startswith(b"HTTP/1.1 200")  # never served as a page


def test_a_port_in_use_is_an_error_naming_it(preview: Preview, tmp_path: Path) -> None:
    port = re.search(r":(\d+)/$", preview.url).group(1)  # type: ignore[union-attr]
    second = Preview(preview.work, port=int(port))
    assert second.process.wait(timeout=30) == 2
    second.wait_for(rf"error: port {port} on 127\.0\.0\.1 is already in use")


def test_the_preview_never_touches_site_and_its_own_build_has_no_script(preview: Preview, committed_site: dict[str, str]) -> None:
    assert fingerprint(REPO / "site") == committed_site
    built = (preview.folder / "site" / "index.html").read_text()
    assert "_briefing" not in built and "<script" not in built.split("</head>")[0]


def test_ctrl_c_stops_the_preview_and_removes_its_folder(tmp_path: Path) -> None:
    preview = Preview(tmp_path).started()
    assert preview.folder.is_dir()
    assert preview.stop() == 0
    assert not preview.folder.exists()
