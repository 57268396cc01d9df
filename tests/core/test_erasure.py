"""Erasure on request: the person's content gone from every revision and from the
database file, the fact kept, the erasure carried by the next export for HQ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from fieldkit import check, query, store
from fieldkit.cli.main import main as cli
from fieldkit.storage.backups import backup, restore
from fieldkit.sync import transfer
from fieldkit.workspace import open_database
from tests.databases import connect as connect_db
from tests.factories import Factory

NAME = "Ülviyyə Qasımova"
PHONE = "+994 50 987 65 43"
NOTE = "Her son Elnur went missing near Sus in 1993."


def holds(path: Path, text: str, key_of: Path | None = None) -> bool:
    """Whether the database (or a backup of the database *key_of*), decrypted,
    holds *text* anywhere in its content."""
    raw = connect_db(path, key_of)
    try:
        tables = [t for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return any(
            text in str(value)
            for table in tables
            for row in raw.execute(f'SELECT * FROM "{table}"')
            for value in row
        )
    finally:
        raw.close()


def file_holds(path: Path, text: str) -> bool:
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    return text.encode() in data


def test_erase_purges_every_revision_keeps_the_fact_and_travels_to_hq(
    db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    with open_database(db_path) as db:
        make = Factory(db)
        person = make.create("person", full_name=NAME, phone=PHONE, notes=NOTE)
        store.update(db, "person", person["id"], {"household_size": 6})
        store.update(db, "person", person["id"], {"notes": NOTE + " Still searching."})
        visit = make.create("home_visit", person_id=person["id"], notes=NOTE)
        other = make.create("person", full_name="Rəşad Əliyev")
        earlier = backup(db.path, "before-erasure", db.key)
    assert holds(db_path, NAME) and holds(db_path, PHONE)
    assert holds(earlier, NAME, key_of=db_path)

    assert cli(["--db", str(db_path), "erase", person["id"]]) == 0
    out = capsys.readouterr().out
    assert "purged from 3 revisions" in out and "home_visit" in out
    assert "backups here were purged of them too" in out
    # The backup taken before holds nothing of her either, and restoring it
    # gives a database that passes the check, her erasure in it.
    for text in (NAME, PHONE, "Elnur", "Still searching"):
        assert not holds(earlier, text, db_path) and not file_holds(earlier, text), text
    # Not in any revision or row, and not in the (encrypted) file's bytes.
    for text in (NAME, PHONE, "Elnur", "Still searching"):
        assert not holds(db_path, text) and not file_holds(db_path, text), text
    raw = connect_db(db_path)
    contents = [c for (c,) in raw.execute("SELECT content FROM revision")]
    assert not any(NAME in c or "Elnur" in c for c in contents)

    with open_database(db_path) as db:
        assert check.run(db).ok
        gone = store.get(db, "person", person["id"])
        assert gone is not None and gone["deleted"] and gone["full_name"] is None
        # The fact kept: an erasure revision, on top of the purged history.
        history = store.history(db, "person", person["id"])
        assert [h.erasure for h in history] == [False, False, False, True]
        assert len(history) == 4 and all(h.content.get("full_name") is None for h in history)
        # The visit stays (it happened), its note about her gone.
        kept = store.get(db, "home_visit", visit["id"])
        assert kept is not None and kept["notes"] is None and kept["person_id"] == person["id"]
        assert store.get(db, "person", other["id"])["full_name"] == "Rəşad Əliyev"
        assert (
            query.search(db, "person", query.Filter("Qasımova", include_deleted=True), limit=5)
            == []
        )
        # The next export for HQ carries the blank tombstone, whatever her consent said.
        out_file = transfer.export(db, tmp_path / "hq.xlsx").path
    ws = load_workbook(out_file, read_only=True)["person"]
    rows = list(ws.iter_rows(values_only=True))
    keys = list(rows[0])
    row = next(dict(zip(keys, r, strict=False)) for r in rows[2:] if r[0] == person["id"])
    assert row["deleted"] == "yes" and row.get("full_name") is None and row.get("phone") is None
    assert not file_holds(out_file, NAME)

    with open_database(db_path) as db:
        key = db.key
    restore(db_path, earlier, key)
    with open_database(db_path) as db:
        assert check.run(db).ok
        assert [h.erasure for h in store.history(db, "person", person["id"])][-1]
        assert store.get(db, "home_visit", visit["id"])["notes"] is None
        assert store.get(db, "person", other["id"])["full_name"] == "Rəşad Əliyev"


def test_erasing_someone_unknown_is_refused(db_path: Path, capsys: Any) -> None:
    assert cli(["--db", str(db_path), "erase", "no-such-id"]) == 1
    assert "no person no-such-id" in capsys.readouterr().err
