"""Benchmark `briefing serve`: from saving a briefing's Markdown to the open page showing the
change (median of 20 saves: to the reloaded page's first paint by its own clock, and to Playwright
seeing the new sentence), for the real site and for synthetic sites of 100 and 1,000
briefings; then the server's requests per second for a briefing page.

    .venv/bin/python bench/serve_reload.py [--binary PATH] [--sizes real,100,1000] [--saves 20]

Run by `bench/run --serve`. Uses Playwright with Debian's Chromium (the test suite's venv) and
bench/run's synthetic content. Everything stays on loopback; every wait and the request loop
are bounded in time. Not part of scripts/test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.machinery
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "browser"))
sys.path.insert(0, str(ROOT / "Tests" / "serve"))

from browser import headless_chromium  # noqa: E402
from preview_process import Preview  # noqa: E402

bench_run = importlib.machinery.SourceFileLoader("bench_run", str(ROOT / "bench" / "run")).load_module()


def prepare(size: str, work: Path) -> tuple[Path, str]:
    """A content folder for `size` ("real" or a number) and the slug of the briefing to edit."""
    if size == "real":
        shutil.copytree(ROOT / "content", work / "content")
        return work / "content", "information-sharing"
    content, _, _, _ = bench_run.write_content(work, int(size), "")
    slug = sorted(p.stem for p in content.glob("*.md") if p.stem != "information-sharing")[0]
    return content, slug


# When the reloaded page first painted (its first contentful paint, else the end of its
# DOMContentLoaded), in ms since the epoch by the page's own clock: the moment a reader sees it.
FIRST_PAINT = """() => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  return performance.timeOrigin + (paint ? paint.startTime : navigation.domContentLoadedEventEnd);
}"""


def save_to_reload(browser, preview: Preview, slug: str, saves: int) -> tuple[list[float], list[float]]:
    """For each save: seconds from the write to the reloaded page's first paint (the page's own
    clock, on the same machine), and to Playwright seeing the new sentence (which adds its own
    round trips and polling)."""
    page = browser.new_context().new_page()
    page.goto(preview.url + f"briefings/{slug}/")
    page.wait_for_function("() => document.querySelector('script[data-build]') !== null")
    markdown = preview.content / f"{slug}.md"
    original = markdown.read_text()
    lines = original.split("\n")
    paragraph = next(i for i, line in enumerate(lines) if line and not line.startswith(("#", "-", "|", "<", "1.")) and i > 2)
    painted, seen = [], []
    for number in range(1, saves + 1):
        marker = f"Benchmark save number {number}."
        changed = lines[:paragraph] + [marker + " " + lines[paragraph]] + lines[paragraph + 1:]
        time.sleep(0.3)  # the previous reload has settled
        started_epoch_ms = time.time() * 1000
        started = time.perf_counter()
        markdown.write_text("\n".join(changed))
        page.wait_for_function("t => document.body && document.body.innerText.includes(t)", arg=marker,
                               polling="raf", timeout=300_000)
        seen.append(time.perf_counter() - started)
        painted.append((page.evaluate(FIRST_PAINT) - started_epoch_ms) / 1000)
    markdown.write_text(original)
    page.context.close()
    return painted, seen


def requests_per_second(url: str, path: str, seconds: float = 5.0, clients: int = 4) -> tuple[float, int]:
    """GETs of one page over keep-alive connections, `clients` at once, for `seconds`."""
    host, port = re.match(r"http://([\d.]+):(\d+)/", url).groups()  # type: ignore[union-attr]
    counts = [0] * clients
    failures = [0] * clients
    deadline = time.monotonic() + seconds

    def run(index: int) -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        while time.monotonic() < deadline:
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    counts[index] += 1
                else:
                    failures[index] += 1
            except (OSError, http.client.HTTPException):
                failures[index] += 1
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / seconds, sum(failures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", help="the briefing executable (default: .build-bench/release/briefing, else .build/debug/briefing)")
    parser.add_argument("--sizes", default="real,100,1000")
    parser.add_argument("--saves", type=int, default=20)
    arguments = parser.parse_args()
    binary = Path(arguments.binary) if arguments.binary else next(
        (p for p in (ROOT / ".build-bench/release/briefing", ROOT / ".build/debug/briefing") if p.exists()), None)
    if binary is None:
        sys.exit("error: no briefing executable; run bench/run (which builds .build-bench) or swift build")
    os.environ["BRIEFING_EXECUTABLE"] = str(binary)
    print(f"## briefing serve: save to reload\n\n`{os.path.relpath(binary, ROOT)}`; load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| site | briefings | saves | save to the reloaded page's first paint: median | fastest–slowest "
          "| save to Playwright seeing it: median | build line after the last save |")
    print("|---|--:|--:|--:|--:|--:|---|")
    rps = None
    with headless_chromium() as browser, tempfile.TemporaryDirectory(prefix="briefing-serve-bench-") as tmp:
        for size in arguments.sizes.split(","):
            work = Path(tmp) / size
            work.mkdir()
            content, slug = prepare(size, work)
            shutil.copytree(ROOT / "templates", work / "templates")
            preview = Preview(work).started(timeout=600)
            try:
                times, seen = save_to_reload(browser, preview, slug, arguments.saves)
                built = [line for line in preview.lines if "Built site" in line]
                try:
                    preview.wait_for("Built site", timeout=5)
                    built = [line for line in preview.lines if "Built site" in line]
                except AssertionError:
                    pass
                count = len([p for p in content.glob("*.md") if p.name != "README.md"])
                print(f"| {size} | {count:,} | {len(times)} | **{statistics.median(times) * 1000:.0f} ms** "
                      f"| {min(times) * 1000:.0f}–{max(times) * 1000:.0f} ms | {statistics.median(seen) * 1000:.0f} ms "
                      f"| {built[-1].split(': ', 1)[-1] if built else ''} |")
                if size == "real":
                    rps = requests_per_second(preview.url, f"/briefings/{slug}/")
            finally:
                preview.stop()
    if rps:
        print(f"\nRequests per second for the real site's briefing page (17 KB), 4 keep-alive clients on loopback "
              f"for 5 s (Python http.client): **{rps[0]:,.0f}** ({rps[1]} failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
