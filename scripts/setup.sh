# Sourced by start.sh, test.sh and bench.sh: makes .venv and installs fieldkit
# into it with the extras named in $FIELDKIT_EXTRAS (default: test), again only
# when pyproject.toml changed or an extra not yet installed is asked for; extras
# installed once stay installed. Needs Python 3.11+ on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
VENV="$ROOT/.venv"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "fieldkit needs Python 3.11 or newer (found: $("$PY" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating $VENV ..."
    "$PY" -m venv "$VENV"
fi
# The stamp: line 1 the hash of pyproject.toml installed, line 2 the extras.
STAMP="$VENV/.fieldkit-installed"
WANT="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
HAVE_HASH="$(sed -n 1p "$STAMP" 2>/dev/null || true)"
HAVE_EXTRAS="$(sed -n 2p "$STAMP" 2>/dev/null || true)"
EXTRAS="$HAVE_EXTRAS"
ASKED="${FIELDKIT_EXTRAS:-test}"
for extra in ${ASKED//,/ }; do
    case ",$EXTRAS," in
        *",$extra,"*) ;;
        *) EXTRAS="${EXTRAS:+$EXTRAS,}$extra" ;;
    esac
done
if [ "$HAVE_HASH" != "$WANT" ] || [ "$HAVE_EXTRAS" != "$EXTRAS" ]; then
    echo "Installing fieldkit[$EXTRAS] and its dependencies into $VENV ..."
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$EXTRAS]"
    printf '%s\n%s\n' "$WANT" "$EXTRAS" > "$STAMP"
fi
export PATH="$VENV/bin:$PATH"
