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
# The data are encrypted: the script unlocks with a throw-away passphrase, as CI does.
printf 'screenshots only, never used again\n' >"$WORK/passphrase"
export FIELDKIT_PASSPHRASE_FILE="$WORK/passphrase" FIELDKIT_ACCOUNT="Aynur Məmmədova"
"$BIN/fieldkit" --db "$DB" demo --records 100000 >/dev/null
"$BIN/python" - "$DB" <<'PY'
import sys
from fieldkit import query, store
from fieldkit.workspace import open_database

with open_database(sys.argv[1]) as db:
    for key, value in {"volunteer_name": "Aynur Məmmədova", "organisation": "Qarabağ Könüllüləri",
                       "district": "AZ-LAC", "device_name": "Laçın ofisi, noutbuk 2"}.items():
        db.set_setting(key, value)
    first = query.search(db, "livelihood_assistance", limit=1)[0]
    store.update(db, "livelihood_assistance", first["id"], {"quantity": (first["quantity"] or 0) + 2})
    store.update(db, "livelihood_assistance", first["id"],
                 {"status": "followed_up", "follow_up_outcome": "running"})
PY
# The Sync screen: a bundle from a second laptop imported (its sender enrolled), then an export.
"$BIN/python" - "$DB" "$WORK" <<'PY'
import sys
from datetime import date
from pathlib import Path
from fieldkit import store
from fieldkit.sync import transfer
from fieldkit.workspace import open_database

work = Path(sys.argv[2])
(work / "USB").mkdir()
from fieldkit.accounts import Credentials

with open_database(work / "elvin.db", Credentials("Elvin Hüseynov", "screenshots only, never used again")) as other:
    other.set_setting("volunteer_name", "Elvin Hüseynov")
    other.set_setting("device_name", "Füzuli ofisi, noutbuk 1")
    village = store.create(other, "village", {"name": "Qaradağlı", "district": "AZ-FUZ"})
    for name, sex, year in (("Ülviyyə Qasımova", "female", 1979), ("Tofiq Nəsirov", "male", 1958)):
        store.create(other, "person", {
            "full_name": name, "sex": sex, "birth_year": year, "district": "AZ-FUZ",
            "village_id": village["id"], "displacement": "returnee", "consent_given": True,
            "consent_date": date(2025, 9, 1)})
    bundle = transfer.export(other, work / "USB" / "elvin-2025-10.fkb", password="Füzuli-2025").path
with open_database(sys.argv[1]) as db:
    from fieldkit import accounts
    accounts.add_account(db.path, db.unlocked, "Rəşad Əliyev", "another person's passphrase")
    transfer.import_files(db, [bundle], password="Füzuli-2025", enrol=True)
    transfer.export(db, work / "USB" / "aynur-2025-11.xlsx", changed=True)
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
shot sync-en en sync
shot sync-az az sync
shot reports-en en reports
shot reports-az az reports
shot unlock-az az unlock
shot unlock-ru ru unlock
shot create-account-az az create-account
shot create-account-ru ru create-account
