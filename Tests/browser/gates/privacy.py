"""Privacy and Content-Security-Policy: the page stays on its own origin, stores nothing,
obeys its policy and logs no error.

Attach a `PrivacyWatch` to a page *before* loading it, then ask it for findings:

    watch = PrivacyWatch(page, origin)
    page.goto(url)
    ...                                   # interact, e.g. answer wizard questions
    findings = watch.findings(name)
"""

from __future__ import annotations

import re

from playwright.sync_api import ConsoleMessage, Page, Route

from findings import Finding
from gates.dom import script

# Init scripts run before the page's own scripts and are not blocked by its CSP.
_AUDIT = r"""
(() => {
  const audit = { csp: [], storage: [], cookies: [] };
  Object.defineProperty(window, '__briefingAudit', { value: audit });
  document.addEventListener('securitypolicyviolation', (e) => audit.csp.push({
    directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
    line: e.lineNumber, sample: e.sample }), true);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let area = 'storage';
    try { area = this === window.localStorage ? 'localStorage' : 'sessionStorage'; } catch (e) {}
    audit.storage.push({ area, key: String(key) });
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(value) { audit.cookies.push(String(value).split('=')[0].trim()); cookie.set.call(this, value); },
  });
})();
"""

_POLICY = script(r"""
const metas = [...document.querySelectorAll('meta[http-equiv]')]
  .filter((m) => m.httpEquiv.toLowerCase() === 'content-security-policy');
const meta = metas[0];
const early = meta && [...document.head.querySelectorAll('link, script, style')]
  .filter((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
  .map(describe);
const stored = {};
for (const area of ['localStorage', 'sessionStorage']) {
  try { stored[area] = Object.keys(window[area]); } catch (e) { stored[area] = []; }
}
return { policy: meta ? meta.content : null, inHead: !!meta && meta.parentElement === document.head,
         before: early || [], stored, audit: window.__briefingAudit || null };
""")

#: Sources a policy may list: the site itself, nothing, or data the page already holds.
_SAFE_SOURCES = {"'self'", "'none'", "data:", "blob:", "'report-sample'"}
_SOURCE_LISTS = {"form-action", "base-uri", "frame-ancestors"}
_CSP_CONSOLE = re.compile(r"violates the following Content Security Policy", re.I)


class PrivacyWatch:
    """Records what a page does while loaded: requests, console errors, CSP violations, storage."""

    def __init__(self, page: Page, origin: str) -> None:
        """`origin` is the site's base URL (`http://127.0.0.1:1234/`); anything else is blocked."""
        self.page = page
        self.origin = origin
        self.outside_requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        page.add_init_script(_AUDIT)
        page.route("**/*", self._guard)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def _guard(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.origin) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.outside_requests.append(url)
            route.abort("blockedbyclient")  # never reaches the network

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            location = message.location or {}
            where = f" ({location.get('url', '')}:{location.get('lineNumber', '')})" if location.get("url") else ""
            self.console_errors.append(message.text + where)

    def findings(self, name: str) -> list[Finding]:
        """Everything the page did wrong so far. `name` labels the findings."""
        self.page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")
        state = self.page.evaluate(_POLICY)
        audit = state["audit"] or {"csp": [], "storage": [], "cookies": []}
        found = _policy_findings(name, state)
        for url in self.outside_requests:
            found.append(Finding(name, "outside-request", url, "the page asked another origin for this; serve it from the site's own assets or remove it"))
        for v in audit["csp"]:
            element = f"{v['directive']} blocked {v['blocked'] or 'inline'} at {v['source'] or 'page'}:{v['line']}"
            sample = f' ("{v["sample"]}")' if v.get("sample") else ""
            found.append(Finding(name, "csp-violation", element + sample,
                                 "move inline scripts/styles into files under assets/ and load only from the site itself"))
        for message in self.console_errors:
            if audit["csp"] and _CSP_CONSOLE.search(message):
                continue  # already reported, with its source line, as a csp-violation
            rule = "csp-violation" if _CSP_CONSOLE.search(message) else "console-error"
            found.append(Finding(name, rule, "console", message))
        for message in self.page_errors:
            found.append(Finding(name, "javascript-error", "uncaught exception", message))
        cookies = set(audit["cookies"]) | {c["name"] for c in self.page.context.cookies()}
        for cookie in sorted(cookies):
            found.append(Finding(name, "cookie-written", f"cookie {cookie!r}", "the site must not set cookies; remove the code that sets it"))
        for area in ("localStorage", "sessionStorage"):
            keys = {w["key"] for w in audit["storage"] if w["area"] == area} | set(state["stored"][area])
            for key in sorted(keys):
                found.append(Finding(name, f"{area}-written", f"{area} key {key!r}", f"the site must not write {area}; keep state in the URL or the page"))
        return found


def _policy_findings(name: str, state: dict) -> list[Finding]:
    policy = state["policy"]
    if policy is None:
        return [Finding(name, "csp-meta-missing", "head",
                        """add <meta http-equiv="Content-Security-Policy" content="default-src 'self'"> as the first element of <head>""")]
    found = []
    directives = {d.split()[0].lower(): d.split()[1:] for d in policy.split(";") if d.split()}
    if directives.get("default-src") != ["'self'"]:
        found.append(Finding(name, "csp-default-src", f'content="{policy}"', "the policy must say default-src 'self'"))
    loose = [source for directive, sources in directives.items() if directive in _SOURCE_LISTS or directive.endswith("-src")
             for source in sources if source.lower() not in _SAFE_SOURCES]
    loose += [uri for uri in directives.get("report-uri", []) if "://" in uri]
    if loose:
        found.append(Finding(name, "csp-too-loose", f'content="{policy}"',
                             f"remove {' '.join(loose)}: pages load only from the site itself, with no inline code"))
    if not state["inHead"]:
        found.append(Finding(name, "csp-meta-late", "meta[http-equiv]", "put the CSP meta tag inside <head>"))
    for element in state["before"]:
        found.append(Finding(name, "csp-meta-late", element, "this loads before the CSP meta tag, so the policy does not cover it; move the meta tag first"))
    return found
