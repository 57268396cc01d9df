"""Commands of the core: demo, check."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from fieldkit import records
from fieldkit.cli.common import UsageError, open_db
from fieldkit.storage import paths


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldkit import demo

    if args.records < 1:
        raise UsageError("--records must be at least 1")
    started = time.perf_counter()
    with open_db(args) as db:
        made = demo.fill(db, args.records, seed=args.seed)
    took = time.perf_counter() - started
    total = sum(made.values())
    print(f"added {total} records to {args.db or paths.default_db()} in {took:.1f} s")
    for name, n in made.items():
        print(f"  {name:24} {n:>8}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldkit import check

    with open_db(args) as db:
        report = check.run(db)
    print(f"{'record type':24} {'live':>8} {'deleted':>8}")
    for rtype in records.record_types():
        c = report.counts[rtype.name]
        print(f"{rtype.name:24} {c['live']:>8} {c['deleted']:>8}")
    total = sum(c["live"] + c["deleted"] for c in report.counts.values())
    print(f"{'total':24} {total:>8}")
    for w in report.warnings:
        print(f"warning: {w}")
    if report.ok:
        print("no problems found")
        return 0
    for p in report.problems:
        print(f"problem: {p}")
    print(f"{len(report.problems)} problems found", file=sys.stderr)
    return 1


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="add synthetic but realistic records")
    p.add_argument("--records", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="check the database's integrity and invariants")
    p.set_defaults(handler=cmd_check)
