"""A laptop's clock may be wrong by years: what to export next, whether an import
may be undone, and what a record shows are decided by local sequence numbers and
the revision graph (issue cases: a clock a year ahead, then corrected)."""

from __future__ import annotations

from pathlib import Path

from fieldkit import store
from fieldkit.workspace import open_database
from tests.core.test_cli import fieldkit
from tests.databases import connect as connect_db
from tests.databases import copy_db
from tests.factories import Factory

A_YEAR_AHEAD = "+1 year"


def run_clock_ahead(db: Path) -> None:
    """What a clock a year ahead left behind: every stamp this laptop wrote so far."""
    conn = connect_db(db)
    for table, column in (("exchange", "at"), ("revision", "saved_at"), ("person", "updated_at")):
        conn.execute(
            f"UPDATE {table} SET {column} = strftime('%Y-%m-%dT%H:%M:%f000Z', {column}, ?)",
            (A_YEAR_AHEAD,),
        )
    conn.commit()
    conn.close()


def test_work_after_the_clock_is_corrected_is_still_exported_as_changed(
    template_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "laptop.db"
    copy_db(template_db, db)
    with open_database(db) as opened:
        old = Factory(opened).create("person")
    first = fieldkit("--db", str(db), "export", str(tmp_path / "one.xlsx"))
    assert first.returncode == 0, first.stderr
    run_clock_ahead(db)  # that export, and the work before it, were stamped a year ahead
    with open_database(db) as opened:  # the clock is right again
        new = Factory(opened).create("person", full_name="Aynur Əliyeva")
    out = fieldkit("--db", str(db), "export", "--changed", str(tmp_path / "two.xlsx"))
    assert out.returncode == 0, out.stderr
    from openpyxl import load_workbook

    ids = [r[0] for r in load_workbook(tmp_path / "two.xlsx")["person"].iter_rows(values_only=True)]
    assert new["id"] in ids and old["id"] not in ids  # the new work, and only it


def test_an_import_with_edits_after_it_cannot_be_undone_whatever_the_clock(
    template_db: Path, tmp_path: Path
) -> None:
    field, hq = tmp_path / "field.db", tmp_path / "hq.db"
    copy_db(template_db, field)
    copy_db(template_db, hq)
    with open_database(field) as opened:
        person = Factory(opened).create("person")
    assert fieldkit("--db", str(field), "export", str(tmp_path / "f.xlsx")).returncode == 0
    assert fieldkit("--db", str(hq), "import", str(tmp_path / "f.xlsx")).returncode == 0
    run_clock_ahead(hq)  # HQ's clock ran ahead during the import ...
    with open_database(hq) as opened:  # ... and was corrected before this edit
        store.update(opened, "person", person["id"], {"household_size": 9})
    listed = fieldkit("--db", str(hq), "undo-import")
    import_id = listed.stdout.split()[0]
    out = fieldkit("--db", str(hq), "undo-import", import_id)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "1 edits saved on this laptop since" in out.stderr
    with open_database(hq) as opened:
        kept = store.get(opened, "person", person["id"])
        assert kept is not None and kept["household_size"] == 9
