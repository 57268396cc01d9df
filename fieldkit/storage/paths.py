"""Where things live. Nothing is computed at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "fieldkit"
DB_ENV = "FIELDKIT_DB"
DATA_ENV = "FIELDKIT_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (platformdirs), or ``FIELDKIT_DATA_DIR``."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db() -> Path:
    """``FIELDKIT_DB`` if set, else ``fieldkit.db`` in the user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "fieldkit.db"


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the database, so a USB copy of the folder carries them:
    beside the real file (symbolic links and ``..`` resolved, as for the lock),
    not beside whatever name it was opened by, so every name finds the same ones."""
    return Path(db_path).resolve().parent / "backups"


def root() -> Path:
    """The folder holding ``migrations/`` and ``resources/``, frozen or not."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    return root() / "migrations"
