"""``fieldkit duplicates``: likely duplicate people, for a person to review."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli import open_db


def cmd_duplicates(args: argparse.Namespace) -> int:
    from fieldkit import duplicates

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
    p.set_defaults(handler=cmd_duplicates)
