#!/usr/bin/env bash
# Set up (first time only, with the bench extra: pandas for the coordinator's
# baseline script) and run every benchmark. Arguments go to benchmarks.run;
# with none, the full run that docs/performance.md records:
#   scripts/bench.sh                      100,000 records, table written to docs/performance.md
#   scripts/bench.sh --records 2000       a quick look, printed only
#   scripts/bench.sh --only core          one area
set -euo pipefail
export FIELDKIT_EXTRAS="${FIELDKIT_EXTRAS:-test},bench"
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
if [ "$#" -eq 0 ]; then
    set -- --records 100000 --write docs/performance.md
fi
exec python -m benchmarks.run "$@"
