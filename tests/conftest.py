"""Shared fixtures: a migrated template database, built once, copied per test.

Every database is encrypted: the suite (and every command it starts) unlocks
with the passphrase in ``fixtures/passphrase.txt`` through
``FIELDKIT_PASSPHRASE_FILE``, as CI would, and its accounts are made at a cheap
scrypt cost so that an unlock costs milliseconds (production's is fixed in
:mod:`fieldkit.storage.keyfile`; a key file carries its cost, so commands the
tests start unlock these cheaply too).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.databases import copy_db

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE_FILE = Path(__file__).parent / "fixtures" / "passphrase.txt"
PASSPHRASE = PASSPHRASE_FILE.read_text(encoding="utf-8").splitlines()[0]
os.environ["FIELDKIT_PASSPHRASE_FILE"] = str(PASSPHRASE_FILE)
os.environ.pop("FIELDKIT_ACCOUNT", None)
TEST_SCRYPT_N = 2**10


@pytest.fixture(autouse=True, scope="session")
def _cheap_scrypt() -> Iterator[None]:
    from fieldkit.storage import keyfile

    production = dict(keyfile.SCRYPT)
    keyfile.SCRYPT["n"] = TEST_SCRYPT_N
    yield
    keyfile.SCRYPT.update(production)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fieldkit.sync import keys
    from fieldkit.workspace import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    with open_database(path) as db:
        # Its copies are one laptop: one device id, one signing key (a test that
        # needs another device makes one: tests.databases.own_device).
        keys.private_key(db)
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    return copy_db(template_db, tmp_path / "fieldkit.db")


@pytest.fixture
def db(db_path: Path) -> Iterator[Any]:
    from fieldkit.workspace import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def make(db: Any) -> Any:
    from tests.factories import Factory

    return Factory(db)
