"""Core functions the desktop app needs: drafts, export status, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldkit import drafts, query
from fieldkit.records import Exchange
from fieldkit.storage import backups, paths
from fieldkit.storage.database import NotADatabase
from fieldkit.sync import activity
from fieldkit.workspace import open_database

EXCHANGE = Exchange.__table__  # type: ignore[attr-defined]


def test_a_draft_is_kept_replaced_and_discarded(db: Any) -> None:
    key = drafts.save(db, "person", {"full_name": "Səbinə"})
    drafts.save(db, "person", {"full_name": "Səbinə İsmayılova", "birth_year": "1984"})
    (left,) = drafts.pending(db)
    assert left.key == key == "new:person"
    assert left.values == {"full_name": "Səbinə İsmayılova", "birth_year": "1984"}
    drafts.discard(db, key)
    assert drafts.pending(db) == []


def test_drafts_of_edits_are_keyed_by_record(db: Any) -> None:
    drafts.save(db, "person", {"notes": "x"}, record_id="abc", base_version=3)
    (left,) = drafts.pending(db)
    assert (left.key, left.record_id, left.base_version) == ("edit:person:abc", "abc", 3)


def test_unexported_counts_records_saved_after_the_last_export(db: Any, make: Any) -> None:
    make.create("person")
    assert activity.last_export(db) is None
    assert activity.unexported(db) == 1
    from fieldkit.sync.workbook import export_workbook

    done = export_workbook(db, db.path.parent / "x.xlsx")
    assert activity.last_export(db) == done.exported_at
    assert activity.unexported(db, activity.last_export(db)) == 0
    make.create("person")  # saved after the export
    assert activity.unexported(db) == 1


def test_restore_puts_a_backup_back_and_keeps_what_it_replaced(db_path: Path, make: Any) -> None:
    db = make.db
    make.create("person")
    from fieldkit.storage.backups import backup

    saved = backup(db_path, "manual", db.key)
    make.create("person", full_name="Later Person")
    db.close()
    kept = backups.restore(db_path, saved, db.key)
    assert kept.exists() and kept.parent == paths.backup_dir(db_path)  # where Restore looks
    with open_database(db_path) as again:
        assert query.count(again, "person") == 1
    with open_database(kept, db.unlocked) as before:  # a backup opens with the same key
        assert query.count(before, "person") == 2


def test_restore_refuses_a_file_that_is_not_a_database(db: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    with pytest.raises(NotADatabase):
        backups.restore(db.path, junk, db.key)
