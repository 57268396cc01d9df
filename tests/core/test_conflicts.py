"""Conflicting edits from two laptops surface for review and resolve everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldkit import accounts, store
from fieldkit.sync import review as conflicts
from fieldkit.sync.workbook import export_workbook, import_workbooks
from fieldkit.workspace import open_database
from tests.conftest import PASSPHRASE
from tests.databases import copy_db, enrol_each_other, own_device
from tests.factories import Factory


@pytest.fixture
def two_laptops(template_db: Path, tmp_path: Path) -> Any:
    paths = []
    for name in ("a", "b"):
        p = tmp_path / f"{name}.db"
        copy_db(template_db, p)
        paths.append(p)
    a, b = open_database(paths[0]), open_database(paths[1])
    yield a, b, tmp_path
    a.close()
    b.close()


def sync(src: Any, dst: Any, folder: Path, name: str) -> Any:
    out = export_workbook(src, folder / f"{name}.xlsx").path
    result = import_workbooks(dst, [out])
    assert result.applied, result.rejects
    return result


def test_edits_from_the_same_base_conflict_and_a_resolution_wins_everywhere(
    two_laptops: Any,
) -> None:
    a, b, folder = two_laptops
    person = Factory(a).create("person")
    sync(a, b, folder, "first")
    store.update(a, "person", person["id"], {"phone": "+994 50 111 11 11", "household_size": 4})
    store.update(b, "person", person["id"], {"phone": "+994 55 222 22 22"})
    result = sync(a, b, folder, "second")
    assert result.summary()["conflicts"] == 1

    [view] = conflicts.open_conflicts(b)
    assert view.title.startswith("Səbinə İsmayılova")
    assert set(view.differing) == {"phone", "household_size"}
    phones = {view.a.content["phone"], view.b.content["phone"]}
    assert phones == {"+994 50 111 11 11", "+994 55 222 22 22"}
    standing = store.get(b, "person", person["id"])
    assert standing["phone"] == view.b.content["phone"]  # the deterministic winner stands meanwhile

    side_with_b_phone = "a" if view.a.content["phone"] == "+994 55 222 22 22" else "b"
    other = "b" if side_with_b_phone == "a" else "a"
    conflicts.resolve(b, view.seq, {"phone": side_with_b_phone, "household_size": other})
    resolved = store.get(b, "person", person["id"])
    assert resolved["phone"] == "+994 55 222 22 22" and resolved["household_size"] == 4
    assert resolved["version"] == 3  # above both conflicting revisions
    assert conflicts.open_conflicts(b) == []
    assert [h.version for h in store.history(b, "person", person["id"])] == [1, 2, 2, 3]

    # The resolution travels back and closes the conflict on the other laptop too.
    sync(b, a, folder, "third")
    assert conflicts.open_conflicts(a) == []
    assert store.get(a, "person", person["id"])["phone"] == "+994 55 222 22 22"


def test_resolving_an_unknown_conflict_or_field(two_laptops: Any) -> None:
    a, _b, _folder = two_laptops
    with pytest.raises(LookupError, match="not open"):
        conflicts.resolve(a, 999, "a")


def test_a_conflict_shows_each_side_its_laptop_the_ancestor_and_what_merged_by_itself(
    template_db: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    paths = []
    for name in ("aynur", "hq"):
        p = tmp_path / f"{name}.db"
        copy_db(template_db, p)
        own_device(p)  # each laptop its own device
        paths.append(p)
    with open_database(paths[1]) as hq:  # Elvin has his own account at HQ
        accounts.add_account(hq.path, hq.unlocked, "Elvin Quliyev", PASSPHRASE)
    elvin = accounts.Credentials("Elvin Quliyev", PASSPHRASE)
    with open_database(paths[0]) as field, open_database(paths[1], elvin) as hq:
        enrol_each_other(field, hq)
        field.set_setting("device_name", "Aynur's laptop")
        field.set_setting("volunteer_name", "Aynur Əliyeva")
        hq.set_setting("volunteer_name", "Elvin Quliyev")
        person = Factory(field).create("person")
        sync(field, hq, tmp_path, "first")
        store.update(field, "person", person["id"], {"phone": "+994 50 1", "household_size": 4})
        store.update(hq, "person", person["id"], {"phone": "+994 55 2"})
        sync(field, hq, tmp_path, "second")
        [view] = conflicts.open_conflicts(hq)
        assert view.base_version == 1 and view.base is not None
        sides = {s.laptop: s for s in (view.a, view.b)}
        assert set(sides) == {"Aynur's laptop", "Elvin Quliyev"}
        assert set(sides["Aynur's laptop"].changed) == {"phone", "household_size"}
        assert set(sides["Elvin Quliyev"].changed) == {"phone"}
        assert sides["Elvin Quliyev"].author == "Elvin Quliyev"
        field_side = "a" if view.a.laptop == "Aynur's laptop" else "b"
        assert view.merged == {"household_size": field_side}  # taken without a person
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldkit",
            "--db",
            str(paths[1]),
            "--account",
            "Elvin Quliyev",
            *["conflicts"],
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "common ancestor: version 1" in out.stdout
    assert "Aynur's laptop" in out.stdout and "by Elvin Quliyev" in out.stdout
    assert f"merged by themselves: household_size (from {field_side})" in out.stdout
