#!/usr/bin/env bash
# Remake docs/screenshots/ with `fieldkit gui --screenshot` on a 100,000-record
# demo database (plus a profile and a record with some history to show).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BIN="${VENV:-$ROOT/.venv}/bin"
export QT_QPA_PLATFORM=offscreen
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/demo.db"
"$BIN/fieldkit" --db "$DB" demo --records 100000 >/dev/null
"$BIN/python" - "$DB" <<'PY'
import sys
from fieldkit import query, store
from fieldkit.db import open_database

with open_database(sys.argv[1]) as db:
    for key, value in {"volunteer_name": "Aynur Məmmədova", "organisation": "Qarabağ Könüllüləri",
                       "district": "AZ-LAC", "device_name": "Laçın ofisi, noutbuk 2"}.items():
        db.set_setting(key, value)
    first = query.search(db, "livelihood_assistance", limit=1)[0]
    store.update(db, "livelihood_assistance", first["id"], {"quantity": (first["quantity"] or 0) + 2})
    store.update(db, "livelihood_assistance", first["id"],
                 {"status": "followed_up", "follow_up_outcome": "running"})
PY
shot() {  # name language view
    "$BIN/fieldkit" --db "$DB" gui --screenshot "docs/screenshots/$1.png" --lang "$2" --view "$3"
}
shot people-az az people
shot visits-az az visits
shot sessions-en en sessions
shot form-session-az az form:sessions
shot edit-visit-en en edit:visits
shot history-ru ru history:assistance
shot settings-az az settings
