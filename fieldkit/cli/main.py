"""The command line: ``fieldkit [--db PATH] COMMAND``.

Exit status: 0 success; 1 the work ran and found problems (``check``) or input
was refused; 2 the database or arguments could not be used. Errors are one line
on stderr. A module per area (core, exchange, coordinator, reports, duplicates)
registers its commands; the desktop app adds ``gui`` from ``ui.cli``, so the
core never names the Qt layer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.cli import (
    accounts,
    coordinator,
    core,
    duplicates,
    erasure,
    exchange,
    join,
    keys,
    reports,
)
from fieldkit.cli.common import UsageError
from fieldkit.storage import paths

Register = Callable[[Any], None]
COMMANDS: tuple[Register, ...] = (
    accounts.register,
    core.register,
    coordinator.register,
    duplicates.register,
    erasure.register,
    exchange.register,
    join.register,
    keys.register,
    reports.register,
)


def build_parser(extra: Sequence[Register] = ()) -> argparse.ArgumentParser:
    """The parser with the core's commands, then *extra* ones (the desktop app's ``gui``)."""
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
    parser.add_argument(
        "--account",
        default=None,
        help="whose account unlocks the data (default: $FIELDKIT_ACCOUNT, or the only one)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        help="read the passphrase from this file's first line (default: "
        "$FIELDKIT_PASSPHRASE_FILE, else a prompt)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in (*extra, *COMMANDS):
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None, extra: Sequence[Register] = ()) -> int:
    """Run one command. With no command: ``gui`` when an *extra* registered it,
    else the usage text."""
    from fieldkit.storage.database import StorageError
    from fieldkit.validate import ValidationError

    parser = build_parser(extra)
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        if not extra:  # the core alone has no default command
            parser.print_usage(sys.stderr)
            return 2
        args = parser.parse_args([*argv, "gui"])
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
    except BrokenPipeError:  # output piped into `head`: the work itself is done
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # disk full, permissions, a vanished USB stick
        where = f" {exc.filename}" if exc.filename else ""
        print(
            f"fieldkit: cannot write{where}: {exc.strerror or exc}; the unfinished step was not saved",
            file=sys.stderr,
        )
        return 2
    except Exception as exc:
        import sqlite3

        import sqlalchemy as sa

        from fieldkit.storage import cipher

        # e.g. "database or disk is full", through SQLAlchemy or straight from
        # SQLCipher (the backup taken before an import)
        if isinstance(exc, sa.exc.DBAPIError | sqlite3.Error | cipher.Error):
            reason = exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc
            print(
                f"fieldkit: the database refused the write ({reason}); the unfinished step "
                "was rolled back",
                file=sys.stderr,
            )
            return 2
        raise
