#!/usr/bin/env bash
# Regenerate the translations: declared strings -> ui/strings/declared.py,
# every tr() in ui/ -> resources/translations/fieldkit_<lang>.ts (existing
# translations are kept; new strings appear as unfinished for Qt Linguist),
# then compile each .ts to the .qm the app loads.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BIN="${VENV:-$ROOT/.venv}/bin"
"$BIN/python" scripts/declared_strings.py
SOURCES=$(find ui -name '*.py' | sort)
for lang in az ru; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations none $SOURCES -ts "resources/translations/fieldkit_$lang.ts"
    "$BIN/pyside6-lrelease" "resources/translations/fieldkit_$lang.ts" -qm "resources/translations/fieldkit_$lang.qm"
done
