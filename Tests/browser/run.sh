#!/usr/bin/env bash
# Runs the real-browser quality gates (Tests/browser) over a generated site.
#
#   Tests/browser/run.sh [SITE_DIR] [pytest options…]
#   Tests/browser/run.sh --setup-only      # only make the venv (scripts/test, before its parallel lanes)
#
# SITE_DIR defaults to $BRIEFING_SITE_DIR, then <repo>/site. Uses the venv <repo>/.venv,
# installing Tests/browser/requirements.txt only when that file has changed.
# Needs Debian's chromium and a Java runtime; never downloads a browser.
set -euo pipefail
started=$(date +%s)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
site="${BRIEFING_SITE_DIR:-$repo/site}"
if [[ $# -gt 0 && $1 != -* ]]; then site="$1"; shift; fi

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
if (( ${#missing[@]} )); then
  echo "error: the browser gates need Debian packages that are not installed; run:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

venv="$repo/.venv"
requirements="$here/requirements.txt"
stamp="$venv/.browser-requirements.sha256"
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv" || { echo "error: cannot create $venv; run: apt-get install -y python3-venv" >&2; exit 1; }
fi
wanted=$(sha256sum "$requirements" | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
  echo "installing $requirements into $venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
  echo "$wanted" > "$stamp"
fi
[[ ${1:-} != --setup-only ]] || exit 0
echo "browser gates: setup took $(( $(date +%s) - started )) s; checking $site"

export BRIEFING_RUN_STARTED="$started" PYTHONDONTWRITEBYTECODE=1
cd "$repo"
exec "$venv/bin/python" -m pytest "$here" --site-dir "$site" "$@"
