"""`briefing serve` as the tests run it: on a free loopback port, over a temporary copy of
content/ and templates/, its terminal output collected, stopped with SIGINT."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def briefing_executable() -> Path:
    path = Path(os.environ.get("BRIEFING_EXECUTABLE") or REPO / ".build" / "debug" / "briefing")
    if not path.is_file():
        raise RuntimeError(f"{path} not found: run swift build first (or set BRIEFING_EXECUTABLE)")
    return path


class Preview:
    """One running `briefing serve`. Its lines are read on a thread so that waiting for one is
    bounded in time."""

    def __init__(self, work: Path, port: int = 0, extra: list[str] | None = None):
        self.work = work
        self.content = work / "content"
        self.templates = work / "templates"
        if not self.content.exists():
            shutil.copytree(REPO / "content", self.content)
            shutil.copytree(REPO / "templates", self.templates)
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        command = [str(briefing_executable()), "serve", "--port", str(port),
                   "--content", str(self.content), "--templates", str(self.templates)] + (extra or [])
        self.process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()
        self.url = ""
        self.folder = Path()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float = 20) -> re.Match[str]:
        """The first line from now on matching `pattern`; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.lines.append(line)
            if found := re.search(pattern, line):
                return found
        raise AssertionError(f"briefing serve never printed /{pattern}/ in {timeout} s; it printed:\n" + "\n".join(self.lines[-40:]))

    def started(self, timeout: float = 20) -> "Preview":
        """Waits for the first build and the address (`timeout` seconds: more for a large site)."""
        self.url = self.wait_for(r"at (http://127\.0\.0\.1:\d+/)", timeout).group(1)
        self.folder = Path(self.wait_for(r"the site is built in (\S+), never in site/").group(1))
        return self

    def stop(self, timeout: float = 10) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
