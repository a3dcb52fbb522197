#!/usr/bin/env bash
# Runs the decision aid's browser tests (Tests/wizard) over a generated site.
#
#   Tests/wizard/run.sh [SITE_DIR] [pytest options…]
#
# SITE_DIR defaults to $BRIEFING_SITE_DIR, then <repo>/site. The paths walked come from
# `briefing paths --json` ($BRIEFING_CLI, else .build/debug/briefing) and, for the second-flowchart
# fixture, from the Swift test WizardFixtureSiteTests (see conftest.py). Uses the venv that
# Tests/browser/run.sh sets up.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [[ $# -gt 0 && $1 != -* ]]; then export BRIEFING_SITE_DIR="$(cd "$1" && pwd)"; shift; fi
[[ -x $repo/.venv/bin/python ]] || "$repo/Tests/browser/run.sh" --collect-only -q >/dev/null
cd "$repo"
export PYTHONDONTWRITEBYTECODE=1
exec "$repo/.venv/bin/python" -m pytest "$here" "$@"
