"""A coordinator merges three volunteers' workbooks: overlapping ids, a conflicting
edit, a tombstone and a rejected row — and the result is what a person computes."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldkit import query, store
from fieldkit.sync import coordinator
from fieldkit.sync import review as conflicts
from fieldkit.sync.workbook import export_workbook, import_workbooks
from fieldkit.workspace import open_database
from tests.databases import copy_db
from tests.factories import Factory


def laptop(template_db: Path, folder: Path, name: str) -> Any:
    path = folder / f"{name}.db"
    copy_db(template_db, path)
    db = open_database(path)
    db.set_setting("device_name", f"Laptop {name.upper()}")
    db.set_setting("volunteer_name", f"Volunteer {name.upper()}")
    return db


def set_cell(book: Path, sheet: str, record_id: str, key: str, value: Any) -> None:
    """Edit one cell the way a person does in Excel."""
    wb = load_workbook(book)
    ws = wb[sheet]
    keys = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=3):
        if row[keys.index("id")].value == record_id:
            row[keys.index(key)].value = value
    wb.save(book)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("merge")
    a, b, c = (laptop(template_db, folder, n) for n in "abc")
    make = Factory(a)
    p1 = make.create("person", full_name="Rəşad Məmmədov")["id"]
    p2 = make.create("person", full_name="Günel Əliyeva")["id"]
    p3 = make.create("person", full_name="Elşən Quliyev")["id"]
    base = export_workbook(a, folder / "base.xlsx").path
    for other in (b, c):
        assert import_workbooks(other, [base]).applied
    store.update(a, "person", p1, {"phone": "+994 50 111 11 11"})  # A and B edit the same base:
    store.update(b, "person", p1, {"phone": "+994 55 222 22 22"})  # a conflict
    store.delete(a, "person", p3)  # a tombstone
    p4 = store.create(
        b,
        "person",
        Factory(b).values("person") | {"full_name": "Nigar Hüseynova", "village_id": None},
    )["id"]
    p5 = store.create(
        c,
        "person",
        Factory(c).values("person") | {"full_name": "Leyla Babayeva", "village_id": None},
    )["id"]
    files = {}
    for name, db in (("a", a), ("b", b), ("c", c)):
        files[name] = export_workbook(db, folder / f"volunteer-{name}.xlsx").path
        db.close()
    set_cell(files["c"], "person", p5, "household_size", 99)  # out of bounds: a rejected row
    return {
        "folder": folder,
        "files": files,
        "ids": {"p1": p1, "p2": p2, "p3": p3, "p4": p4, "p5": p5},
    }


def hq(template_db: Path, folder: Path, name: str) -> Any:
    path = folder / f"{name}.db"
    copy_db(template_db, path)
    return open_database(path)


def records(book: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The record sheets of a workbook, rows sorted: its content, whatever the order."""
    wb = load_workbook(book, read_only=True)
    out = {}
    for ws in wb.worksheets:
        if ws.title in ("about", "Merge report", "_lists"):
            continue
        first = 2 if ws.title == "_history" else 3  # a record sheet has a label row too
        rows = list(ws.iter_rows(min_row=first, values_only=True))
        out[ws.title] = sorted(rows, key=repr)
    return out


def test_the_master_and_its_report_are_what_a_person_computes(
    scenario: dict[str, Any], template_db: Path, tmp_path: Path
) -> None:
    files, ids = scenario["files"], scenario["ids"]
    db = hq(template_db, tmp_path, "hq")
    result = coordinator.merge_files(
        db, [files["a"], files["b"], files["c"]], tmp_path / "master.xlsx"
    )

    by_name = {o.name: o for o in result.files}
    a, b, c = by_name["volunteer-a.xlsx"], by_name["volunteer-b.xlsx"], by_name["volunteer-c.xlsx"]
    assert a.included and b.included and not c.included  # the bad file is left out whole
    assert (a.device, a.volunteer) == ("Laptop A", "Volunteer A")
    # Against an empty HQ: A brings the village and 3 people; B the same, plus Nigar
    # and the village B's factory registered.
    assert a.counts["new"] == 4 and b.counts["new"] == 6
    assert [(r.sheet, r.key) for r in c.rejects] == [("person", "household_size")]
    assert "99" in c.rejects[0].reason and c.rejects[0].row is not None

    people = {
        r["id"]: r
        for r in query.search(db, "person", query.Filter(include_deleted=True), limit=100)
    }
    assert set(people) == {ids["p1"], ids["p2"], ids["p3"], ids["p4"]}  # C's Leyla is not in
    assert people[ids["p3"]]["deleted"] is True  # the tombstone travelled
    assert people[ids["p1"]]["phone"] in ("+994 50 111 11 11", "+994 55 222 22 22")
    [conflict] = conflicts.open_conflicts(db)
    assert conflict.record_id == ids["p1"] and conflict.differing == ["phone"]
    assert result.imported is not None and result.imported.summary()["conflicts"] == 1

    master = load_workbook(tmp_path / "master.xlsx", read_only=True)
    report = [list(r) for r in master["Merge report"].iter_rows(values_only=True)]
    assert report[0][:5] == ["file", "device", "volunteer", "exported_at", "included"]
    lines = {r[0]: r for r in report[1:4]}
    assert lines["volunteer-c.xlsx"][4] == "no" and lines["volunteer-c.xlsx"][9] == 1
    assert lines["volunteer-a.xlsx"][4] == "yes" and lines["volunteer-a.xlsx"][5] == 4
    flat = [r for r in report if r and r[0] == "volunteer-c.xlsx" and r[1] == "person"]
    assert len(flat) == 1 and flat[0][4] == "household_size"
    db.close()


def test_any_order_gives_the_same_master_and_merging_it_again_changes_nothing(
    scenario: dict[str, Any], template_db: Path, tmp_path: Path
) -> None:
    files = scenario["files"]
    masters = []
    for n, order in enumerate(itertools.permutations(["a", "b", "c"])):
        db = hq(template_db, tmp_path, f"hq{n}")
        out = tmp_path / f"master{n}.xlsx"
        coordinator.merge_files(db, [files[k] for k in order], out)
        masters.append(records(out))
        if n == 0:
            again = coordinator.merge_files(db, [out], tmp_path / "again.xlsx")
            s = again.imported.summary() if again.imported else {}
            assert (s["new"], s["updated"], s["conflicts"]) == (0, 0, 0)
            assert records(tmp_path / "again.xlsx") == masters[0]
        db.close()
    assert all(m == masters[0] for m in masters)


def test_strict_refuses_everything_and_undo_restores_exactly(
    scenario: dict[str, Any], template_db: Path, tmp_path: Path
) -> None:
    files = scenario["files"]
    db = hq(template_db, tmp_path, "strict")
    with pytest.raises(coordinator.MergeRefused, match="1 of 3 files refused"):
        coordinator.merge_files(
            db, [files["a"], files["b"], files["c"]], tmp_path / "m.xlsx", strict=True
        )
    assert query.count(db, "person") == 0 and not (tmp_path / "m.xlsx").exists()

    coordinator.merge_files(db, [files["a"]], None)
    before = {
        r["id"]: r
        for r in query.search(db, "person", query.Filter(include_deleted=True), limit=100)
    }
    coordinator.merge_files(db, [files["b"]], None)
    latest = coordinator.imports(db)[0]
    assert latest.path == str(files["b"])
    first = coordinator.imports(db)[1]
    with pytest.raises(coordinator.UndoRefused, match="later work builds on it"):
        coordinator.undo_import(db, first.id)
    assert "as it was before" in coordinator.undo_import(db, latest.id)
    after = {
        r["id"]: r
        for r in query.search(db, "person", query.Filter(include_deleted=True), limit=100)
    }
    assert after == before
    assert conflicts.open_conflicts(db) == []
    db.close()


def test_folders_skip_excel_lock_files(scenario: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copyfile(scenario["files"]["a"], folder / "a.xlsx")
    (folder / "~$a.xlsx").write_bytes(b"lock")
    (folder / "notes.txt").write_text("x")
    assert [p.name for p in coordinator.expand([folder])] == ["a.xlsx"]
