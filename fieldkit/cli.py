"""The command line: ``fieldkit [--db PATH] COMMAND``. With no command, the GUI.

Exit status: 0 success; 1 the work ran and found problems (``check``) or input
was refused; 2 the database or arguments could not be used. Errors are one line
on stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from fieldkit import __version__, paths

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Refused input: one line for stderr."""


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from fieldkit.db import open_database

    return open_database(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldkit import demo

    if args.records < 1:
        raise UsageError("--records must be at least 1")
    started = time.perf_counter()
    with _open(args) as db:
        made = demo.fill(db, args.records, seed=args.seed)
    took = time.perf_counter() - started
    total = sum(made.values())
    print(f"added {total} records to {args.db or paths.default_db()} in {took:.1f} s")
    for name, n in made.items():
        print(f"  {name:24} {n:>8}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldkit import check, declare

    with _open(args) as db:
        report = check.run(db)
    print(f"{'record type':24} {'live':>8} {'deleted':>8}")
    for rtype in declare.record_types():
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


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from ui.app import run
    except ImportError as exc:  # a headless install without Qt
        raise UsageError(f"the desktop app is not available here: {exc}") from None
    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldkit",
        description="Offline-first field data: home visits, awareness sessions, livelihood assistance.",
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"database file (default: ${paths.DB_ENV} or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument("--screenshot", type=Path, help="render the main window to this PNG and exit")
    p.add_argument("--lang", choices=["en", "az", "ru"], help="language of the window")
    p.add_argument("--view", help="which screen to show")
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser("demo", help="add synthetic but realistic records")
    p.add_argument("--records", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="check the database's integrity and invariants")
    p.set_defaults(handler=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from fieldkit.db import StorageError
    from fieldkit.validate import ValidationError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        return int(args.handler(args))
    except StorageError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return 2
    except (UsageError, ValidationError) as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fieldkit: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 130
