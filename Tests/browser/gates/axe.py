"""axe-core accessibility checks (WCAG 2.0, 2.1 and 2.2, levels A and AA)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from findings import Finding

#: The axe-core rule tags the issue asks for.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_AXE = Axe()


def axe_findings(page: Page, name: str) -> list[Finding]:
    """One finding per element axe reports on the loaded `page`, with the fix axe suggests.

    `name` labels the findings (the page path and the view, e.g. `index.html @ 320px`).
    """
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = _AXE.run(page, options=options).response
    findings = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            target = " ".join(_flatten(node["target"]))
            summary = node.get("failureSummary") or violation["help"]
            fix = f"{violation['help']}. {summary} ({violation['helpUrl']})"
            findings.append(Finding(name, violation["id"], target, fix))
    return findings


def _flatten(target: list) -> list[str]:
    # axe nests selectors for elements inside iframes and shadow roots.
    return [part for item in target for part in (_flatten(item) if isinstance(item, list) else [item])]
