#!/usr/bin/env bash
# Set up (first time only) and start fieldkit. Arguments go to fieldkit:
#   scripts/start.sh                      the desktop app
#   scripts/start.sh --db /tmp/x.db demo --records 1000
set -euo pipefail
source "$(dirname "$0")/setup.sh"
exec fieldkit "$@"
