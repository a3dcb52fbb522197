"""Printing pages to PDF with Debian's headless Chromium, and reading PDFs back with poppler.

Chromium is run exactly as `briefing pdf` runs it (`--headless --no-sandbox --print-to-pdf
--no-pdf-header-footer`), so what these checks see is what a practitioner's printer gets.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

#: Where Debian's chromium package puts the browser.
CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = "apt-get install chromium poppler-utils"

#: A4 in PDF points (1/72 in), short side first.
A4_POINTS = (595.28, 841.89)
POINTS_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Printed:
    """One page printed: the HTML it came from, the PDF, and a PNG of its first page."""

    html: Path
    pdf: Path
    png: Path


def require_tools() -> None:
    """Stops the run with what to install when Chromium or poppler is missing."""
    missing = [tool for tool in (CHROMIUM, "pdfinfo", "pdftotext", "pdftoppm") if not shutil.which(tool)]
    if missing:
        raise RuntimeError(f"the print checks need {', '.join(missing)}; run: {INSTALL_HINT}")


def print_to_pdf(page: Path, pdf: Path) -> Path:
    """Prints the HTML file `page` to `pdf` with headless Chromium; returns `pdf`."""
    with tempfile.TemporaryDirectory(prefix="briefing-print-") as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri()],
            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"chromium could not print {page}: {result.stderr[-2000:]}")
    return pdf


def render_png(pdf: Path, png: Path, dpi: int = 110) -> Path:
    """Renders the first page of `pdf` as `png` (for a person to look at)."""
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(png.with_suffix(""))], check=True)
    return png


def pdf_info(pdf: Path) -> dict[str, str]:
    """`pdfinfo`'s fields: Title, Pages, Page size, …"""
    output = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in output.splitlines())}


def page_size_points(info: dict[str, str]) -> tuple[float, float]:
    width, height = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"]).groups()
    return float(width), float(height)


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """The text of the PDF (or of one page, counted from 1) in the order Chromium drew it."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


@dataclass(frozen=True)
class Word:
    """One word as poppler places it: its box in points from the page's top left."""

    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    @property
    def height(self) -> float:
        return self.y_max - self.y_min


def pdf_words(pdf: Path) -> list[Word]:
    """Every word of the PDF's first page with its box (`pdftotext -bbox`)."""
    output = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [Word(m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in pattern.finditer(output)]


def font_box_ratio(pdf: Path) -> float:
    """How tall poppler's word boxes are per point of font size: (ascent − descent) / 1000 from
    the embedded fonts' descriptors, which is how poppler sizes a word's box. With several fonts
    the largest ratio is taken: a font size worked out with it may be underestimated, never over,
    so small text cannot pass for large."""
    data = pdf.read_bytes()
    ascents = [float(a) for a in re.findall(rb"/Ascent ([-\d.]+)", data)]
    descents = [float(d) for d in re.findall(rb"/Descent ([-\d.]+)", data)]
    if not ascents or len(ascents) != len(descents):
        raise RuntimeError(f"{pdf}: no font descriptors with /Ascent and /Descent to measure font sizes by")
    return max(a - d for a, d in zip(ascents, descents)) / 1000


def comparable(text: str) -> str:
    """Text reduced to what survives any line breaking: Unicode-normalised, curly quotes made
    straight, dashes and soft hyphens unified, and no whitespace at all."""
    text = unicodedata.normalize("NFKC", text)
    for curly, straight in {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}.items():
        text = text.replace(curly, straight)
    return re.sub(r"[\s\u00ad]+", "", text)


def overlapping_words(words: list[Word], tolerance: float = 0.5) -> list[tuple[Word, Word]]:
    """Pairs of words whose boxes overlap by more than `tolerance` points both ways."""
    found = []
    ordered = sorted(words, key=lambda w: w.y_min)
    for i, word in enumerate(ordered):
        for other in ordered[i + 1:]:
            if other.y_min >= word.y_max - tolerance:
                break
            overlap_x = min(word.x_max, other.x_max) - max(word.x_min, other.x_min)
            overlap_y = min(word.y_max, other.y_max) - max(word.y_min, other.y_min)
            if overlap_x > tolerance and overlap_y > tolerance:
                found.append((word, other))
    return found
