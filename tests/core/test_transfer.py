"""Bundles end to end: export on a laptop, import at HQ, refusals change nothing."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fieldkit import demo, query
from fieldkit.consent import HQ, covers
from fieldkit.sync import bundle, keys, transfer
from fieldkit.sync.bundle import BundleError
from fieldkit.workspace import open_database
from tests.databases import copy_db, own_device


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def laptop(template_db: Path, tmp_path: Path) -> Any:
    path = own_device(copy_db(template_db, tmp_path / "laptop.db"))
    db = open_database(path)
    db.set_setting("device_name", "Laptop Laçın-2")
    demo.fill(db, 120, seed=5)
    yield db
    db.close()


def test_encrypted_bundle_from_laptop_to_hq(
    laptop: Any, db: Any, db_path: Path, tmp_path: Path
) -> None:
    out = transfer.export(laptop, tmp_path / "for-hq.fkb", password="Şuşa-2025")
    assert out.path.name == "for-hq.fkb" and out.total > 120
    assert not [
        p for p in tmp_path.iterdir() if p.name.startswith(".fieldkit-")
    ]  # no plain copy left

    before = digest(db_path)
    with pytest.raises(transfer.NotEnrolled) as caught:
        transfer.import_files(db, [out.path], password="Şuşa-2025")
    assert caught.value.name == "Laptop Laçın-2"
    assert caught.value.fingerprint == bundle.fingerprint(keys.public_key(laptop))
    with pytest.raises(transfer.NeedsPassword):
        transfer.import_files(db, [out.path], enrol=True)
    with pytest.raises(BundleError, match="wrong password"):
        transfer.import_files(db, [out.path], password="wrong", enrol=True)
    assert digest(db_path) == before  # every refusal left the database as it was

    result = transfer.import_files(db, [out.path], password="Şuşa-2025", enrol=True)
    assert (
        result.applied and result.summary()["new"] == out.total - 78
    )  # districts were there already
    # Everyone whose consent covers HQ; the others stay on the laptop.
    assert query.count(db, "person") == out.counts["person"]
    sharing = [p for p in query.search(laptop, "person", limit=1000) if covers(p, HQ)]
    assert 0 < len(sharing) == out.counts["person"] < query.count(laptop, "person")
    assert [e.name for e in keys.enrolled(db)] == ["Laptop Laçın-2"]
    again = transfer.import_files(db, [out.path], password="Şuşa-2025")
    assert again.summary()["new"] == 0 and again.summary()["updated"] == 0  # idempotent
    assert {r.path for r in transfer.exchanges(db)} == {"for-hq.fkb/records.xlsx"}


def test_a_tampered_bundle_is_refused_and_changes_nothing(
    laptop: Any, db: Any, db_path: Path, tmp_path: Path
) -> None:
    out = transfer.export(laptop, tmp_path / "plain.fkb")
    transfer.import_files(db, [out.path], enrol=True)
    laptop_records = tmp_path / "records.xlsx"
    with zipfile.ZipFile(out.path) as z:
        laptop_records.write_bytes(z.read("data/records.xlsx"))
    forged = tmp_path / "forged.fkb"
    with zipfile.ZipFile(out.path) as zin, zipfile.ZipFile(forged, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "data/records.xlsx":
                data = data[:-10] + b"0123456789"
            zout.writestr(info.filename, data)
    before = digest(db_path)
    with pytest.raises(BundleError, match="checksum"):
        transfer.import_files(db, [forged])
    assert digest(db_path) == before


def test_export_names_and_passwords(laptop: Any, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx \(a workbook\) or \.fkb"):
        transfer.export(laptop, tmp_path / "x.csv")
    with pytest.raises(ValueError, match="cannot carry a password"):
        transfer.export(laptop, tmp_path / "x.xlsx", password="pw")


def test_a_killed_bundle_exports_plain_staging_is_cleared_and_never_on_the_stick(
    laptop: Any, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    stale = laptop.path.parent / f"{transfer.STAGING}left-by-a-kill"
    stale.mkdir()
    (stale / "records.xlsx").write_bytes(b"plain data")
    transfer.export(laptop, stick / "out.fkb", password="pw")
    assert not stale.exists()
    assert [p.name for p in stick.iterdir()] == ["out.fkb"]
