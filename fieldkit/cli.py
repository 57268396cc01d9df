"""The command line: ``fieldkit [--db PATH] COMMAND``. With no command, the GUI.

Exit status: 0 success; 1 the work ran and found problems (``check``) or input
was refused; 2 the database or arguments could not be used. Errors are one line
on stderr. The commands themselves live in :mod:`fieldkit.commands`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit import __version__, paths

if TYPE_CHECKING:
    from fieldkit.db import Database


class UsageError(Exception):
    """Refused input: one line for stderr."""


def open_db(args: argparse.Namespace) -> Database:
    from fieldkit.db import open_database

    return open_database(args.db)


def build_parser() -> argparse.ArgumentParser:
    import fieldkit.commands

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
    names = sorted(m.name for m in pkgutil.iter_modules(fieldkit.commands.__path__))
    for name in sorted(names, key=lambda n: n != "core"):
        importlib.import_module(f"fieldkit.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from fieldkit.db import StorageError
    from fieldkit.validate import ValidationError

    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
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

        # e.g. "database or disk is full", through SQLAlchemy or straight from
        # sqlite3 (the backup taken before an import)
        if isinstance(exc, sa.exc.DBAPIError | sqlite3.Error):
            reason = exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc
            print(
                f"fieldkit: the database refused the write ({reason}); the unfinished step "
                "was rolled back",
                file=sys.stderr,
            )
            return 2
        raise
