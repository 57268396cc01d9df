"""Each laptop signs with its own key; enrolled senders are held to theirs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldkit.sync import bundle, keys
from fieldkit.workspace import open_database


def test_a_laptop_keeps_one_key_across_restarts(db_path: Path) -> None:
    with open_database(db_path) as db:
        first = keys.public_key(db)
    with open_database(db_path) as db:
        assert keys.public_key(db) == first
    assert len(bundle.fingerprint(first).split()) == 5  # readable over the phone


def test_enrolled_senders_are_enforced(db: Any, tmp_path: Path) -> None:
    volunteer = bundle.new_private_key()
    made = bundle.write(
        tmp_path / "v.fkb",
        {"a.xlsx": b"x"},
        kind="field-to-hq",
        sender={"device_id": "laptop-7", "name": "Laptop 7"},
        private_key=volunteer,
    )
    with pytest.raises(bundle.BundleError, match="not enrolled"):
        bundle.read(made, trusted=keys.trusted(db))
    keys.enrol(db, "laptop-7", "Laptop 7", bundle.public_key(volunteer))
    assert bundle.read(made, trusted=keys.trusted(db)).members == {"a.xlsx": b"x"}
    assert [e.name for e in keys.enrolled(db)] == ["Laptop 7"]
    keys.enrol(db, "laptop-7", "Laptop 7 (new disk)", bundle.public_key(bundle.new_private_key()))
    with pytest.raises(bundle.BundleError, match="not the enrolled key"):
        bundle.read(made, trusted=keys.trusted(db))
