"""Every released exchange format still imports without loss.

The files in tests/fixtures/format-1/ were written by the fieldkit that wrote
format 1 (their README says how); they are read by today's reader, in every
order, and must give the same database with every revision they carry.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit import records, store
from fieldkit.sync import review
from fieldkit.sync.workbook.importer import import_workbooks
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import state
from tests.databases import copy_db

FIXTURES = Path(__file__).parent.parent / "fixtures" / "format-1"
FULL = "laptop-a-full.xlsx"
B_CHANGED = "laptop-b-changed.xlsx"
A_CHANGED = "laptop-a-changed.xlsx"
CORRECTED = "laptop-a-full-corrected.xlsx"
EDITED_TWICE = "00375c0d-52dd-44d6-8744-d3c0c234472f"
BOTH_NOTES = "00e6a305-86b4-4f01-9c03-151c32864238"
DELETED = "2b999f07-b3f0-494c-8e2a-89f5fcd26dad"
RENAMED = "4fae2cf5-ce33-4d70-9294-7d945fac971a"


def _import(template_db: Path, tmp: Path, names: tuple[str, ...], tag: str) -> dict[str, Any]:
    path = tmp / f"{tag}.db"
    copy_db(template_db, path)
    db = open_database(path)
    try:
        for name in names:
            result = import_workbooks(
                db, [FIXTURES / name], make_backup=False, accept_unsigned=True
            )
            assert result.applied, result.rejects
        return state(db) | {"_path": path}
    finally:
        db.close()


def test_format_1_files_import_in_any_order_to_one_database(
    template_db: Path, tmp_path: Path
) -> None:
    files = (FULL, B_CHANGED, A_CHANGED, CORRECTED)
    # A --changed file names villages only a full export carries, so a full
    # file comes first (HQ's first import); the rest arrive in any order.
    orders = [o for o in itertools.permutations(files) if o[0] in (FULL, CORRECTED)]
    seen = [
        _import(template_db, tmp_path, order, f"o{i}")
        for i, order in enumerate(orders)
        if i % 3 == 0  # 4 of the 12 orders
    ]
    first = {k: v for k, v in seen[0].items() if k != "_path"}
    for other in seen[1:]:
        assert {k: v for k, v in other.items() if k != "_path"} == first

    db = open_database(seen[0]["_path"])
    try:
        person = records.get("person").table
        with db.connect() as conn:
            row = lambda rid: conn.execute(  # noqa: E731
                sa.select(person).where(person.c.id == rid)
            ).one()
            twice = row(EDITED_TWICE)
            assert (twice.phone, twice.household_size) == ("+994 50 111 22 33", 7)
            assert row(DELETED).deleted
            assert row(RENAMED).full_name == "Türkan İbrahimova (corrected)"
            n_revisions = conn.execute(
                sa.select(sa.func.count()).select_from(store.REVISIONS)
            ).scalar()
        # Every revision the four files carry is kept: 205 records; from B the
        # twice-edited person (format 1 carries a record's latest revision
        # only), the note and the delete; A's note; the spreadsheet correction.
        assert n_revisions == 205 + 3 + 1 + 1
        conflicts = review.open_conflicts(db)
        assert [c.record_id for c in conflicts] == [BOTH_NOTES]
        assert conflicts[0].differing == ["notes"]
    finally:
        db.close()


@pytest.mark.parametrize("name", [FULL, B_CHANGED, A_CHANGED, CORRECTED])
def test_each_format_1_file_is_read_as_format_1(name: str) -> None:
    from fieldkit.sync.workbook import reader

    book = reader.open_workbook(FIXTURES / name, name)
    assert not book.rejects
    assert str(book.meta.get("format_version")) in ("1", "1.0")
