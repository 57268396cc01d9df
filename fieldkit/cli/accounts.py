"""Accounts and recovery: ``account list|add|passphrase|add-recovery``, ``recovery-key
new`` (at HQ) and ``recover --recovery-key FILE`` (DESIGN.md, "Data protection")."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli.common import UsageError, account_name, ask, db_path, open_db


def cmd_list(args: argparse.Namespace) -> int:
    from fieldkit import accounts

    path = db_path(args)
    names = accounts.names(path)
    if not names:
        print(f"no account yet for {path}: the first unlock creates one")
        return 0
    for name in names:
        print(name)
    from fieldkit.sync.bundle import fingerprint

    found = accounts.recovery_keys(path)
    if not found:
        print("no HQ recovery key yet: a forgotten passphrase cannot be recovered (join HQ")
        print("with a join bundle that carries HQ's recovery key, or account add-recovery)")
    for r in found:
        how = "from HQ's join bundle" if r.from_join else "added by hand"
        print(f"HQ recovery key: {fingerprint(r.public_key)} ({how})")
    return 0


def _new_passphrase(args: argparse.Namespace, whose: str) -> str:
    file = getattr(args, "new_passphrase_file", None)
    return ask(f"New passphrase for {whose!r}: ", twice=True, file=file)


def cmd_add(args: argparse.Namespace) -> int:
    from fieldkit import accounts

    with open_db(args) as db:
        passphrase = _new_passphrase(args, args.name)
        added = accounts.add_account(db.path, db.unlocked, args.name, passphrase)
    print(f"added the account {added!r}: it unlocks the same data with its own passphrase")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from fieldkit import accounts

    with open_db(args) as db:
        passphrase = _new_passphrase(args, db.account)
        accounts.change_passphrase(db.path, db.unlocked, passphrase)
    print(f"changed the passphrase of {db.account!r}")
    return 0


PRIVATE_MARK = "fieldkit HQ recovery PRIVATE key"


def key_text(value: str) -> str:
    """A key given as base64 text, or the name of a file holding it (its lines
    starting with ``#`` are comments)."""
    candidate = Path(value)
    try:
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8")
            if PRIVATE_MARK in text:
                return "\n".join(line.strip() for line in text.splitlines() if line.strip())
            lines = [line.strip() for line in text.splitlines()]
            return "".join(line for line in lines if line and not line.startswith("#"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the key file {value}: {exc}") from None
    return value


def _private_text(value: str) -> str:
    """The private key from a recovery key file (its comment lines skipped)."""
    text = key_text(value)
    return "".join(line for line in text.splitlines() if not line.startswith("#"))


def cmd_add_recovery(args: argparse.Namespace) -> int:
    from fieldkit import accounts

    with open_db(args) as db:
        value = key_text(args.public_key)
        if PRIVATE_MARK in value:
            raise UsageError(f"{args.public_key} is HQ's recovery private key: give its public key")
        accounts.add_recovery(db.path, db.unlocked, value)
    print("HQ's recovery key can now set a new passphrase on this laptop")
    return 0


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    import os

    from fieldkit import accounts

    target: Path = args.private_file
    if target.exists():
        raise UsageError(f"{target} exists already; a recovery key is never overwritten")
    private, public = accounts.new_recovery_key()
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(f"# {PRIVATE_MARK}: keep it offline, it opens every laptop sealed to it\n")
        fh.write(private + "\n")
    print(f"HQ's recovery private key is in {target}: keep it offline, it opens every laptop")
    print("record the public key once at HQ: fieldkit --db HQ.db hq recovery-key PUBLIC_KEY")
    print("(every join bundle then carries it, and each laptop that joins seals to it)")
    print(f"public key: {public}")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from fieldkit import accounts

    path = db_path(args)
    names = accounts.names(path)
    name = account_name(args) or (names[0] if len(names) == 1 else None)
    if name is None:
        raise UsageError(
            f"say whose passphrase to set with --account ({', '.join(names) or 'no accounts'})"
        )
    private = _private_text(str(args.recovery_key))
    passphrase = _new_passphrase(args, name)
    from fieldkit.workspace import open_database

    unlocked = accounts.recover(path, private, name, passphrase)
    with open_database(path, unlocked):  # the key opens the data: nothing was lost
        pass
    print(f"set a new passphrase for {unlocked.account!r}; every record is kept")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("account", help="the accounts that unlock this laptop's data")
    what = p.add_subparsers(
        dest="account_command", metavar="list|add|passphrase|add-recovery", required=True
    )
    q = what.add_parser("list", help="the accounts, and whether HQ can recover them")
    q.set_defaults(handler=cmd_list)
    new_file = {
        "type": Path,
        "default": None,
        "help": "the new passphrase from this file's first line (default: a prompt, twice)",
    }
    q = what.add_parser("add", help="an account for another person (unlocked by yours)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--new-passphrase-file", **new_file)
    q.set_defaults(handler=cmd_add)
    q = what.add_parser("passphrase", help="change your passphrase")
    q.add_argument("--new-passphrase-file", **new_file)
    q.set_defaults(handler=cmd_passphrase)
    q = what.add_parser("add-recovery", help="let HQ's recovery key set a forgotten passphrase")
    q.add_argument("public_key", metavar="PUBLIC_KEY", help="base64 text, or a file holding it")
    q.set_defaults(handler=cmd_add_recovery)

    p = sub.add_parser("recovery-key", help="at HQ: make the recovery key pair")
    what = p.add_subparsers(dest="recovery_command", metavar="new", required=True)
    q = what.add_parser("new", help="write a new private key to FILE and print its public key")
    q.add_argument("private_file", metavar="FILE", type=Path)
    q.set_defaults(handler=cmd_new_recovery_key)

    p = sub.add_parser("recover", help="set a forgotten passphrase with HQ's recovery key")
    p.add_argument("--recovery-key", type=Path, required=True, metavar="FILE")
    p.add_argument("--new-passphrase-file", **new_file)
    p.set_defaults(handler=cmd_recover)
