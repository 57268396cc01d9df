#!/usr/bin/env bash
# Remake docs/screenshots/ with `fieldkit gui --screenshot` on a 100,000-record
# demo database (plus a profile and a record with some history to show).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BIN="${VENV:-$ROOT/.venv}/bin"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A 1366×768 laptop screen: windows and forms are sized to it, as on the field laptops.
echo '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]}' >"$WORK/screen.json"
export QT_QPA_PLATFORM="offscreen:configfile=$WORK/screen.json"
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

# A volunteer's own laptop a few weeks in: follow-ups due around today (the demo's
# dates are fixed in the past), for the Due screen; the lists and forms of the demo.
DUE="$WORK/due.db"
"$BIN/python" - "$DUE" <<'PY'
import sys
from datetime import date, timedelta
from fieldkit import profile, store
from fieldkit.workspace import open_database

today = date.today()
with open_database(sys.argv[1]) as db:
    profile.save(db, {"volunteer_name": "Aynur Məmmədova", "organisation": "Qarabağ Könüllüləri",
                      "district": "AZ-LAC", "device_name": "Laçın ofisi, noutbuk 2"})
    me = db.setting("staff_id")
    villages = [store.create(db, "village", {"name": n, "district": "AZ-LAC"})["id"]
                for n in ("Zabux", "Sus", "Mişni", "Qorçu")]
    families = [("Gülnarə Həsənova", "female", 1968), ("Rəşad Quliyev", "male", 1955),
                ("Səbinə İsmayılova", "female", 1984), ("Elnur Məmmədov", "male", 1979),
                ("Nigar Abbasova", "female", 1990), ("Tofiq Nəsirov", "male", 1958),
                ("Ülviyyə Qasımova", "female", 1979), ("Zaur Əliyev", "male", 1971)]
    for n, (name, sex, year) in enumerate(families):
        person = store.create(db, "person", {
            "full_name": name, "sex": sex, "birth_year": year, "district": "AZ-LAC",
            "village_id": villages[n % 4], "displacement": "returnee", "phone": f"+994 50 31{n} 22 4{n}",
            "consent_given": True, "consent_date": today - timedelta(days=60)})
        visited = today - timedelta(days=20 - n)
        store.create(db, "home_visit", {
            "person_id": person["id"], "visit_date": visited, "visitor_id": me,
            "purpose": ("psychosocial", "missing_accompaniment", "needs_assessment")[n % 3],
            "follow_up_due": today + timedelta(days=n - 3)})
PY
due() {  # name language view
    "$BIN/fieldkit" --db "$DUE" gui --screenshot "docs/screenshots/$1.png" --lang "$2" --view "$3"
}
shot people-ru ru people
shot form-visit-az az form:visits
shot form-visit-ru ru form:visits
due due-az az due
due due-ru ru due
# The Conflicts screen at 1366×768 (az, ru): a conflict made by real exports and imports
# between two laptops; the test also checks that nothing is cut and nothing scrolls sideways.
FIELDKIT_SCREENSHOTS="$ROOT/docs/screenshots" QT_QPA_PLATFORM=offscreen "$BIN/python" -m pytest -q \
    -p no:cacheprovider tests/ui/test_conflicts.py -k fits_a_1366 >/dev/null
shot unlock-az az unlock
shot unlock-ru ru unlock
shot create-account-az az create-account
shot create-account-ru ru create-account
