"""The quality gates, one module each; every gate returns a list of `Finding`s (empty = pass).

Reuse them for any kind of page (briefing, print, wizard step after some clicks):
load the page, call the gate, then `findings.fail_on(found)`.
"""

from gates.axe import AXE_TAGS, axe_findings
from gates.from_disk import click_through, from_disk_findings, reach_by_clicking
from gates.html_validator import html_validator_findings, html_validator_findings_by_name
from gates.keyboard import keyboard_findings
from gates.layout import overflow_findings, text_zoom_findings
from gates.no_javascript import no_javascript_findings
from gates.privacy import PrivacyWatch
from gates.quick_look import QuickLook
from gates.screenshots import screenshot_findings, screenshot_path

__all__ = [
    "AXE_TAGS", "PrivacyWatch", "QuickLook", "axe_findings", "click_through", "from_disk_findings",
    "html_validator_findings", "html_validator_findings_by_name", "keyboard_findings", "no_javascript_findings",
    "overflow_findings", "reach_by_clicking", "screenshot_findings", "screenshot_path", "text_zoom_findings",
]
