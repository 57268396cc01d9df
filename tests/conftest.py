"""Shared fixtures: a migrated template database, built once, copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fieldkit.workspace import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "fieldkit.db"
    shutil.copyfile(template_db, path)
    return path


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
