#!/usr/bin/env bash
# Build the desktop app (PyInstaller one-folder) into dist/fieldkit/ and smoke-test it.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
python -m pip install --quiet "pyinstaller>=6.5"
rm -rf build/fieldkit dist/fieldkit
pyinstaller --noconfirm --log-level WARN fieldkit.spec
APP="$ROOT/dist/fieldkit/fieldkit"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
# The data are encrypted: the smoke test unlocks with a throw-away passphrase.
printf 'smoke test only\n' >"$WORK/passphrase"
export FIELDKIT_PASSPHRASE_FILE="$WORK/passphrase"
echo "smoke test of the frozen app in $WORK"
"$APP" --version
"$APP" --db "$WORK/smoke.db" demo --records 500
"$APP" --db "$WORK/smoke.db" check
"$APP" --db "$WORK/smoke.db" report --out "$WORK/report.xlsx"
if "$APP" --help | grep -q " export "; then
    "$APP" --db "$WORK/smoke.db" export "$WORK/out.xlsx"
    test -s "$WORK/out.xlsx"
fi
"$APP" --db "$WORK/smoke.db" gui --screenshot "$WORK/shot.png"
test -s "$WORK/shot.png"
du -sh "$ROOT/dist/fieldkit" | sed 's/^/frozen app size: /'
