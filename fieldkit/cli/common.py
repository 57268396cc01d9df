"""What every command shares: the one-line refusal and opening the database.

Exit status: 0 success; 1 the work ran and found problems (``check``) or input
was refused; 2 the database or arguments could not be used. Errors are one line
on stderr.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldkit.storage.database import Database


class UsageError(Exception):
    """Refused input: one line for stderr."""


def open_db(args: argparse.Namespace) -> Database:
    from fieldkit.workspace import open_database

    return open_database(args.db)
