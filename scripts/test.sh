#!/usr/bin/env bash
# Set up (first time only), then lint, check formatting and types, and run the
# whole test suite offscreen on two workers (pytest-xdist).
# Extra arguments go to pytest, e.g. scripts/test.sh tests/core -k search
# (add -n 0 to run in one process, for -s or --pdb).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
ruff check fieldkit ui tests migrations benchmarks scripts
ruff format --check fieldkit ui tests migrations benchmarks scripts
mypy  # strict, over fieldkit and ui: [tool.mypy] in pyproject.toml
python -m pytest -n 2 "$@"
