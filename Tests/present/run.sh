#!/usr/bin/env bash
# Runs present mode's browser tests (Tests/present) over a generated site.
#
#   Tests/present/run.sh [SITE_DIR] [pytest options…]
#
# SITE_DIR defaults to $BRIEFING_SITE_DIR, then <repo>/site. Briefings of other shapes (one panel,
# twenty panels, no flowchart, questions and notes) come from the Swift test PresentFixtureSiteTests
# (see conftest.py). Uses the venv that Tests/browser/run.sh sets up.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [[ $# -gt 0 && $1 != -* ]]; then export BRIEFING_SITE_DIR="$(cd "$1" && pwd)"; shift; fi
[[ -x $repo/.venv/bin/python ]] || "$repo/Tests/browser/run.sh" --collect-only -q >/dev/null
cd "$repo"
export PYTHONDONTWRITEBYTECODE=1
exec "$repo/.venv/bin/python" -m pytest "$here" "$@"
