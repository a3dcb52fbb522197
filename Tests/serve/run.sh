#!/usr/bin/env bash
# Runs the live preview's browser test (Tests/serve): `briefing serve` on a free loopback port
# over a temporary copy of content/ and templates/, driven by Debian's Chromium.
#
#   Tests/serve/run.sh [pytest options…]
#
# The `briefing` executable is $BRIEFING_EXECUTABLE, else .build/debug/briefing (build it first:
# swift build). Uses the venv that Tests/browser/run.sh sets up.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
[[ -x $repo/.venv/bin/python ]] || "$repo/Tests/browser/run.sh" --collect-only -q >/dev/null
cd "$repo"
export PYTHONDONTWRITEBYTECODE=1
exec "$repo/.venv/bin/python" -m pytest "$here" "$@"
