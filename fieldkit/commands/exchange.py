"""Commands of the exchange: export, import (DESIGN.md, "Exchange formats")."""

from __future__ import annotations

import argparse
import errno
from pathlib import Path
from typing import Any

from fieldkit.cli import UsageError, open_db


def cmd_export(args: argparse.Namespace) -> int:
    from fieldkit.exchange import export_workbook

    target: Path = args.out
    if target.suffix.lower() != ".xlsx":
        raise UsageError(f"{target}: the export is a workbook; name it .xlsx")
    if target.parent and not target.parent.is_dir():
        raise UsageError(f"{target.parent} is not a folder")
    with open_db(args) as db:
        try:
            result = export_workbook(db, target, changed=args.changed)
        except OSError as exc:
            # Typically the file is open in Excel (Windows locks it) or the stick is full.
            hint = (
                "nothing was written; make room and export again"
                if exc.errno in (errno.ENOSPC, errno.EDQUOT)
                else "is it open in a spreadsheet?"
            )
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}; {hint}") from None
    since = f" changed since {result.since:%Y-%m-%d %H:%M} UTC" if result.since else ""
    print(f"exported {result.total} records{since} to {target}")
    for name, n in result.counts.items():
        print(f"  {name:24} {n:>8}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from fieldkit.exchange import import_workbooks, limits, preview

    for f in args.files:
        if not f.is_file():
            raise UsageError(f"{f}: no such file")
        try:
            limits.check(f)  # bombs and vast sheets, before anything reads a cell
        except limits.Refused as exc:
            raise UsageError(f"import refused: {f}: {exc}; nothing was applied") from None
    with open_db(args) as db:
        result = preview(db, args.files) if args.dry_run else import_workbooks(db, args.files)
    print(
        f"{'record type':24} {'new':>7} {'updated':>8} {'unchanged':>10} {'conflicts':>10} "
        f"{'rejected':>9}"
    )
    for name, c in result.counts.items():
        print(
            f"{name:24} {c.new:>7} {c.updated:>8} {c.unchanged:>10} {c.conflicts:>10} "
            f"{c.rejected:>9}"
        )
    s = result.summary()
    print(
        f"new {s['new']} / updated {s['updated']} / unchanged {s['unchanged']} / "
        f"conflicts {s['conflicts']} / rejected {s['rejected']}"
    )
    for reject in result.rejects[:200]:
        print(f"rejected: {reject}")
    if len(result.rejects) > 200:
        print(f"... and {len(result.rejects) - 200} more rejected")
    if result.rejects:
        first = result.rejects[0]
        many = f"{len(result.rejects)} problems, the first: " if len(result.rejects) > 1 else ""
        raise UsageError(f"import refused: {many}{first}; nothing was applied")
    if args.dry_run:
        print("dry run: nothing was applied")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write every record to a workbook for HQ")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument(
        "--changed",
        action="store_true",
        help="only records changed since this database's last export",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import workbooks into this database, all or nothing")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="say what would change (the preview) without applying it",
    )
    p.set_defaults(handler=cmd_import)
