"""What every command shares: the one-line refusal and opening the database.

Exit status: 0 success; 1 the work ran and found problems (``check``) or input
was refused; 2 the database or arguments could not be used. Errors are one line
on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldkit.accounts import Credentials
    from fieldkit.storage.database import Database


class UsageError(Exception):
    """Refused input: one line for stderr."""


def db_path(args: argparse.Namespace) -> Path:
    from fieldkit.storage import paths

    return Path(args.db) if args.db is not None else paths.default_db()


def account_name(args: argparse.Namespace) -> str | None:
    from fieldkit.accounts import ACCOUNT_ENV

    return getattr(args, "account", None) or os.environ.get(ACCOUNT_ENV) or None


def ask(prompt: str, *, twice: bool = False, file: Path | None = None) -> str:
    """A passphrase from *file*, or typed at the terminal (twice for a new one);
    with no terminal to ask at, a one-line refusal."""
    from fieldkit.accounts import Locked, read_passphrase_file

    if file is not None:
        return read_passphrase_file(file)
    if sys.stdin is None or not sys.stdin.isatty():
        raise Locked(
            "the data are locked and there is no terminal to ask for the passphrase: "
            "give --passphrase-file FILE or set FIELDKIT_PASSPHRASE_FILE"
        )
    import getpass

    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Again, to be sure: ") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


def credentials(args: argparse.Namespace) -> Credentials:
    """Who unlocks: ``--account``/``FIELDKIT_ACCOUNT``, and the passphrase from
    ``--passphrase-file``, ``FIELDKIT_PASSPHRASE_FILE`` or the prompt."""
    from fieldkit import accounts

    name = account_name(args)
    given = getattr(args, "passphrase_file", None) or os.environ.get(accounts.PASSPHRASE_ENV)
    if given:
        return accounts.Credentials(name, accounts.read_passphrase_file(given))
    existing = accounts.names(db_path(args))
    if not existing:
        new = name or accounts.default_name()
        return accounts.Credentials(
            new, ask(f"New passphrase for the account {new!r} on this laptop: ", twice=True)
        )
    shown = name or (existing[0] if len(existing) == 1 else None)
    if shown is None:
        raise accounts.Locked(
            f"this laptop has several accounts ({', '.join(existing)}): say which with --account"
        )
    return accounts.Credentials(name, ask(f"Passphrase for {shown!r}: "))


def open_db(args: argparse.Namespace) -> Database:
    from fieldkit.workspace import open_database

    return open_database(args.db, credentials(args))
