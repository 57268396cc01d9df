"""Coordinator commands: merge, conflicts, undo-import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldkit.cli.common import UsageError, open_db
from fieldkit.cli.exchange import password

SHOWN_REJECTS = 20  # refused cells listed on stderr; the Merge report has them all


def _warn(line: str) -> None:
    print(line, file=sys.stderr)


def _list_rejects(rejects: list[Any]) -> None:
    for reject in rejects[:SHOWN_REJECTS]:
        _warn(f"rejected: {reject}")
    if len(rejects) > SHOWN_REJECTS:
        _warn(f"... and {len(rejects) - SHOWN_REJECTS} more rejected")


def _left_out(outcomes: list[Any]) -> None:
    """On stderr: each file left out and why; a file's several refused cells one by one."""
    for o in outcomes:
        if o.included:
            continue
        _warn(f"left out {o.name}: {o.error}")
        if len(o.rejects) > 1:
            _list_rejects(o.rejects)


def cmd_merge(args: argparse.Namespace) -> int:
    from fieldkit.sync import coordinator
    from fieldkit.sync import review as conflicts
    from fieldkit.sync.bundle import BundleError

    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"{out}: the master is a workbook; name it .xlsx")
    try:
        files = coordinator.expand(args.files)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    if not files:
        raise UsageError("no workbooks (.xlsx) or bundles (.fkb) found in what was given")
    with open_db(args) as db:
        try:
            result = coordinator.merge_files(
                db,
                files,
                out,
                strict=args.strict,
                password=password(args),
                enrol=frozenset(args.enrol),  # only the senders with these fingerprints
                accept_unsigned=args.accept_unsigned,
            )
        except coordinator.MergeRefused as exc:
            _left_out(exc.outcomes)
            raise UsageError(f"merge refused: {exc}") from None
        except coordinator.MergeFailed as exc:
            _list_rejects(exc.rejects)
            raise UsageError(f"merge refused: {exc}") from None
        except BundleError as exc:  # a bundle that changed or vanished since it was checked
            raise UsageError(f"merge refused: {exc}; nothing was imported") from None
        open_now = len(conflicts.open_conflicts(db))
    print(
        f"{'file':40} {'new':>6} {'updated':>8} {'unchanged':>10} {'conflicts':>10} {'rejected':>9}"
    )
    for o in result.files:
        c = o.counts if o.included else {}
        blank = 0 if o.included else ""
        print(
            f"{o.name[:40]:40} {c.get('new', blank):>6} {c.get('updated', blank):>8} "
            f"{c.get('unchanged', blank):>10} {c.get('conflicts', blank):>10} {len(o.rejects):>9}"
            + ("" if o.included else "  left out (see below)")
        )
    for o in result.files:
        for line in o.trust if o.included else ():
            print(line)
    s = result.imported.summary()
    print(
        f"applied: new {s['new']} / updated {s['updated']} / unchanged {s['unchanged']} / "
        f"conflicts {s['conflicts']}"
    )
    left = [o for o in result.files if not o.included]
    if left:
        print(
            f"left out: {len(left)} of {len(result.files)} files "
            f"({sum(len(o.rejects) for o in left)} problems); the reasons are on stderr "
            "and in the Merge report"
        )
    if result.master is not None:
        print(
            f"master written to {out} ({result.master.total} records); open conflicts: {open_now}"
        )
    _left_out(result.files)
    if args.strict and open_now:
        raise UsageError(
            f"{open_now} conflicts are open: review them (fieldkit conflicts) before a strict merge passes"
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from fieldkit.sync import review as conflicts

    with open_db(args) as db:
        views = conflicts.open_conflicts(db)
    for v in views:
        print(f"{v.seq:>5}  {v.record_type:22} {v.title}  differs in: {', '.join(v.differing)}")
        base = f"version {v.base_version}" if v.base is not None else "none known here"
        print(f"       common ancestor: {base}")
        for name, side, note in (("a", v.a, ""), ("b", v.b, " — stands now")):
            who = f"{side.author}, " if side.author else ""
            changed = ", ".join(side.changed) or "nothing"
            print(
                f"       {name}: version {side.version} by {who}{side.laptop} "
                f"({side.source or 'this laptop'}), saved {side.updated_at:%Y-%m-%d %H:%M} "
                f"by its clock; changed {changed}{note}"
            )
        if v.merged:
            taken = ", ".join(f"{f} (from {s})" for f, s in v.merged.items())
            print(f"       merged by themselves: {taken}")
    print(f"{len(views)} open conflicts")
    if args.strict and views:
        return 1
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    from fieldkit.sync import coordinator

    with open_db(args) as db:
        if args.id is None:
            for row in coordinator.imports(db):
                state = f"undone {row.undone_at:%Y-%m-%d %H:%M}" if row.undone_at else ""
                print(f"{row.id}  {row.at:%Y-%m-%d %H:%M} UTC  {row.path}  {state}")
            return 0
        try:
            print(coordinator.undo_import(db, args.id))
        except coordinator.UndoRefused as exc:
            raise UsageError(str(exc)) from None
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "merge", help="coordinator: merge volunteers' workbooks/bundles into a master"
    )
    p.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="workbooks, bundles or folders"
    )
    p.add_argument("--out", type=Path, required=True, metavar="MASTER.xlsx")
    p.add_argument(
        "--strict", action="store_true", help="any bad file (or open conflict) fails the run"
    )
    p.add_argument("--password-file", type=Path, metavar="F", help="password of encrypted bundles")
    p.add_argument(
        "--enrol",
        metavar="FINGERPRINT",
        action="append",
        default=[],
        help="enrol the bundle sender not yet known here whose key has this fingerprint "
        "(again for each sender; a refusal prints each unknown sender's: compare it with them first)",
    )
    p.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="take unsigned workbooks of an older fieldkit (format 1) whole, while the "
        "fleet upgrades; without it they bring only corrections of records already here",
    )
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("conflicts", help="list conflicting edits waiting for review")
    p.add_argument("--strict", action="store_true", help="exit 1 while any conflict is open")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("undo-import", help="undo an import or merge (no ID: list the imports)")
    p.add_argument("id", nargs="?", help="the import's id, from `fieldkit undo-import`")
    p.set_defaults(handler=cmd_undo_import)
