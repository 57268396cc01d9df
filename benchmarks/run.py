"""Run every benchmark: ``python -m benchmarks.run [--records N] [--only AREA]``.

Prints one table (each figure beside its baseline, measured in the same run).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import platform
import tempfile
from pathlib import Path

import benchmarks
from benchmarks.common import Result, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--only", action="append", help="area(s) to run, e.g. --only core")
    args = parser.parse_args()
    results: list[Result] = []
    areas = sorted(m.name[6:] for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    for area in areas:
        if args.only and area not in args.only:
            continue
        module = importlib.import_module(f"benchmarks.bench_{area}")
        with tempfile.TemporaryDirectory() as work:
            print(f"running {area} ...", flush=True)
            results += module.run(args.records, Path(work))
    print()
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; records: {args.records}")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
