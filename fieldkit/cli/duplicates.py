"""``fieldkit duplicates``: likely duplicate people, for a person to review."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli.common import UsageError, open_db


def cmd_duplicates(args: argparse.Namespace) -> int:
    from fieldkit import duplicates

    if args.merge:
        keep, drop = args.merge
        with open_db(args) as db:
            try:
                done = duplicates.merge_people(db, keep, drop, args.reason or "")
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        moved = ", ".join(f"{n} {t}" for t, n in done.moved.items()) or "no records"
        print(f"merged {drop} into {keep}; moved {moved}")
        return 0
    with open_db(args) as db:
        found = duplicates.find(db, threshold=args.threshold, district=args.district)
    for c in found[: args.limit]:
        print(f"{c.score:5.1f}  {c.name_a}  ~  {c.name_b}  ({', '.join(c.reasons)})  {c.a} {c.b}")
    more = len(found) - args.limit
    print(
        f"{len(found)} likely duplicate pairs"
        + (f" ({more} not shown; use --limit)" if more > 0 else "")
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("duplicates", help="list likely duplicate people for review (never merges)")
    p.add_argument("--threshold", type=float, default=85.0, help="lowest score shown (0-100)")
    p.add_argument("--district", metavar="CODE", help="one district, e.g. AZ-LAC")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument(
        "--merge",
        nargs=2,
        metavar=("KEEP_ID", "MERGED_ID"),
        help="merge a reviewed pair: MERGED_ID's records move to KEEP_ID",
    )
    p.add_argument("--reason", help="why they are the same person (kept with the merge)")
    p.set_defaults(handler=cmd_duplicates)
