"""Run every benchmark: ``python -m benchmarks.run [--records N] [--only AREA]``.

Prints one table (each figure beside its baseline, measured in the same run).
An area that fails gets a row saying why (its traceback goes to stderr) and the
others still run; the exit status is then 1, after the table is printed and written.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import platform
import sys
import tempfile
import traceback
from datetime import UTC, datetime
from pathlib import Path

import benchmarks
from benchmarks.common import Result, child_stderr, reason, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--only", action="append", help="area(s) to run, e.g. --only core")
    parser.add_argument("--write", type=Path, metavar="FILE.md", help="also write the table here")
    args = parser.parse_args()
    passphrase = Path(tempfile.mkdtemp(prefix="fieldkit-bench-")) / "passphrase"
    if not os.environ.get("FIELDKIT_PASSPHRASE_FILE"):  # the databases made here are throw-away
        passphrase.write_text("benchmark passphrase\n", encoding="utf-8")
        os.environ["FIELDKIT_PASSPHRASE_FILE"] = str(passphrase)
    results: list[Result] = []
    areas = sorted(
        m.name[6:] for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    for area in areas:
        if args.only and area not in args.only:
            continue
        print(f"running {area} ...", flush=True)
        try:
            module = importlib.import_module(f"benchmarks.bench_{area}")
            with tempfile.TemporaryDirectory() as work:
                results += module.run(args.records, Path(work))
        except Exception as exc:
            traceback.print_exc()
            sys.stderr.write(child_stderr(exc))
            why = reason(exc)
            print(f"{area} failed: {why}", file=sys.stderr, flush=True)
            results.append(
                Result(f"{area} (benchmarks/bench_{area}.py)", None, "—", None, failed=why)
            )
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, {_memory()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    text = table(results)
    print()
    print(f"machine: {machine}; records: {args.records}")
    print(text)
    if args.write:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        args.write.write_text(
            "# Performance\n\n"
            f"Measured {stamp} on {machine}, with `python -m benchmarks.run --records {args.records}"
            f"{''.join(' --only ' + a for a in args.only or [])}`.\n"
            "Every figure stands beside a baseline measured in the same run; ratios are fieldkit / baseline.\n\n"
            f"{text}\n{_notes_after_table(args.write)}",
            encoding="utf-8",
        )
        print(f"wrote {args.write}")
    return 1 if any(r.failed for r in results) else 0


def _notes_after_table(path: Path) -> str:
    """What a person wrote below the table in an earlier *path* (how to read the
    figures, the aims), kept when the table is measured again."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except OSError:
        return ""
    rows = [i for i, line in enumerate(lines) if line.startswith("|")]
    return "".join(lines[rows[-1] + 1 :]) if rows else ""


def _memory() -> str:
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
        return f"{kb / 1024**2:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        return "RAM unknown"


if __name__ == "__main__":
    raise SystemExit(main())
