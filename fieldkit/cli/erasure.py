"""The erase command: a person's content purged on request (fieldkit.erasure)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldkit.cli.common import UsageError, open_db


def cmd_erase(args: argparse.Namespace) -> int:
    from fieldkit import erasure

    with open_db(args) as db:
        try:
            done = erasure.erase(db, args.person_id)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
    print(
        f"erased {done.record_type} {done.record_id}: its content purged from "
        f"{done.revisions} revisions here; an erasure revision records the fact"
    )
    for name, n in done.related.items():
        print(f"  {name:24} {n:>6} records: notes about them purged")
    print("backups here were purged of them too")
    for left in done.backups_left:
        print(f"warning: backup {left} could not be opened to purge it; delete it", file=sys.stderr)
    print(
        "the next export for HQ carries the erasure: every machine that imports it "
        "purges its own copies"
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "erase",
        help="erase a person on request: their content purged from every revision here, "
        "the fact of the erasure kept",
    )
    p.add_argument("person_id", metavar="PERSON_ID")
    p.set_defaults(handler=cmd_erase)
