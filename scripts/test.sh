#!/usr/bin/env bash
# Set up (first time only), lint, and run the whole test suite offscreen.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/core -k search
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
ruff check fieldkit ui tests migrations benchmarks
python -m pytest "$@"
