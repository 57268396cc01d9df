"""Exchange format 2: ancestry on the wire.

A laptop's exports may reach HQ in any order, some never; a coordinator may
correct a row before HQ has the revision it shows. HQ must still decide from
true ancestry: no false conflict, no missed one, nothing lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit import check, store
from fieldkit import revisions as graph
from fieldkit.storage.database import Database
from fieldkit.sync import review
from fieldkit.sync.workbook import export_workbook, import_workbooks
from tests.core.xlsx_tools import edit, find_row, header, state
from tests.databases import machines as machines_of
from tests.factories import Factory


@pytest.fixture
def machines(template_db: Path, tmp_path: Path) -> Iterator[dict[str, Database]]:
    opened = machines_of(template_db, tmp_path, ("a", "b", "hq", "hq2"))
    yield opened
    for db in opened.values():
        db.close()


def _set(wb: Any, sheet: str, record_id: str, key: str, value: Any) -> None:
    ws = wb[sheet]
    ws.cell(find_row(ws, record_id), header(ws)[key]).value = value


def _revisions(db: Database, record_id: str) -> list[Any]:
    r = store.REVISIONS.c
    with db.connect() as conn:
        return conn.execute(
            sa.select(r.rev, r.parents, r.fingerprint, r.device_id).where(r.record_id == record_id)
        ).all()


@pytest.mark.parametrize("arrive", [("v2", "v3"), ("v3",), ("v3", "v2")])
def test_hq_merges_against_the_true_ancestor_whatever_changed_exports_reach_it(
    machines: dict[str, Database], tmp_path: Path, arrive: tuple[str, ...]
) -> None:
    a, hq = machines["a"], machines["hq"]
    person = Factory(a).create("person", household_size=4)
    export_workbook(a, tmp_path / "full.xlsx")
    assert import_workbooks(hq, [tmp_path / "full.xlsx"]).applied
    files = {}
    store.update(a, "person", person["id"], {"household_size": 5})
    files["v2"] = export_workbook(a, tmp_path / "v2.xlsx", changed=True).path
    store.update(a, "person", person["id"], {"phone": "+994 50 222 33 44"})
    files["v3"] = export_workbook(a, tmp_path / "v3.xlsx", changed=True).path
    # Meanwhile at HQ a coordinator corrects the name of version 1.
    store.update(hq, "person", person["id"], {"full_name": "Səbinə İsmayıl"})
    for name in arrive:
        result = import_workbooks(hq, [files[name]])
        assert result.applied and result.summary()["conflicts"] == 0, result.rejects
    now = store.get(hq, "person", person["id"])
    assert now is not None
    assert (now["full_name"], now["household_size"], now["phone"]) == (
        "Səbinə İsmayıl",
        5,
        "+994 50 222 33 44",
    )
    assert review.open_conflicts(hq) == []
    assert check.run(hq).ok


def test_the_same_field_changed_on_both_sides_is_a_conflict_even_when_v2_never_arrives(
    machines: dict[str, Database], tmp_path: Path
) -> None:
    a, hq = machines["a"], machines["hq"]
    person = Factory(a).create("person", household_size=4)
    export_workbook(a, tmp_path / "full.xlsx")
    import_workbooks(hq, [tmp_path / "full.xlsx"])
    store.update(a, "person", person["id"], {"household_size": 5})
    export_workbook(a, tmp_path / "v2.xlsx", changed=True)  # lost on the way
    store.update(a, "person", person["id"], {"phone": "+994 50 222 33 44"})
    export_workbook(a, tmp_path / "v3.xlsx", changed=True)
    store.update(hq, "person", person["id"], {"household_size": 6})
    result = import_workbooks(hq, [tmp_path / "v3.xlsx"])
    assert result.summary()["conflicts"] == 1
    [conflict] = review.open_conflicts(hq)
    # The phone, changed on the laptop only, merged by itself; the household
    # size, changed on both sides from 4, is the conflict.
    assert "phone" in conflict.merged and "household_size" not in conflict.merged
    assert conflict.base is not None and conflict.base["household_size"] == 4


def test_two_machines_merging_the_same_heads_store_the_same_merge_revision(
    machines: dict[str, Database], tmp_path: Path
) -> None:
    a, b, hq = machines["a"], machines["b"], machines["hq"]
    person = Factory(a).create("person")
    export_workbook(a, tmp_path / "a0.xlsx")
    import_workbooks(b, [tmp_path / "a0.xlsx"])
    store.update(a, "person", person["id"], {"household_size": 8})
    store.update(b, "person", person["id"], {"phone": "+994 55 000 11 22"})
    export_workbook(a, tmp_path / "a1.xlsx")
    export_workbook(b, tmp_path / "b1.xlsx")
    import_workbooks(a, [tmp_path / "b1.xlsx"])
    import_workbooks(b, [tmp_path / "a1.xlsx"])
    # Each has both heads; each export stores the merge revision, the same one.
    export_workbook(a, tmp_path / "a2.xlsx")
    export_workbook(b, tmp_path / "b2.xlsx")
    heads = {db.device_id: store.get(db, "person", person["id"]) for db in (a, b)}
    ra, rb = (h["head"] for h in heads.values() if h is not None)
    assert ra == rb
    merge = next(x for x in _revisions(a, person["id"]) if x.rev == ra)
    assert merge.device_id == graph.MERGE_DEVICE and len(graph.parse_parents(merge.parents)) == 2
    # HQ receiving both exports, in either order, has one head: that merge.
    # HQ receiving both exports has one head: that merge. B's file first is
    # refused: the family's village is a's, which only a (or HQ) may send.
    first = import_workbooks(hq, [tmp_path / "b2.xlsx"])
    assert not first.applied
    assert "made by another device" in first.rejects[0].reason
    assert first.rejects[0].key == "village_id"
    import_workbooks(hq, [tmp_path / "a2.xlsx"])  # the merge's b side is b's to send
    assert store.get(hq, "person", person["id"])["head"] != ra  # type: ignore[index]
    assert import_workbooks(hq, [tmp_path / "b2.xlsx"]).applied
    at_hq = store.get(hq, "person", person["id"])
    assert at_hq is not None and at_hq["head"] == ra
    assert (at_hq["household_size"], at_hq["phone"]) == (8, "+994 55 000 11 22")


def test_a_correction_of_a_revision_hq_never_had_links_up_when_the_laptop_export_arrives(
    machines: dict[str, Database], tmp_path: Path
) -> None:
    """A coordinator corrects a volunteer's v2 row before HQ has v2. The edit's
    parent is known by address only (a stub) until the laptop's next export
    brings v2 on its history sheet: then no false conflict."""
    a, hq = machines["a"], machines["hq"]
    person = Factory(a).create("person", household_size=4)
    export_workbook(a, tmp_path / "a0.xlsx")
    import_workbooks(hq, [tmp_path / "a0.xlsx"])
    store.update(a, "person", person["id"], {"household_size": 5})
    export_workbook(a, tmp_path / "a1.xlsx", changed=True)
    corrected = edit(
        tmp_path / "a1.xlsx",
        lambda wb: _set(wb, "person", person["id"], "full_name", "Səbinə İsmayıl"),
        tmp_path / "corrected.xlsx",
    )
    result = import_workbooks(hq, [corrected])
    assert result.applied and result.summary()["conflicts"] == 0
    stubs = [x for x in _revisions(hq, person["id"]) if x.fingerprint == store.STUB]
    assert len(stubs) == 1  # v2, known by address and parents
    # The volunteer edits again; the export carries v2 on its history sheet.
    store.update(a, "person", person["id"], {"phone": "+994 50 222 33 44"})
    export_workbook(a, tmp_path / "a2.xlsx", changed=True)
    result = import_workbooks(hq, [tmp_path / "a2.xlsx"])
    assert result.applied and result.summary()["conflicts"] == 0
    assert not [x for x in _revisions(hq, person["id"]) if x.fingerprint == store.STUB]
    now = store.get(hq, "person", person["id"])
    assert now is not None
    assert (now["full_name"], now["household_size"], now["phone"]) == (
        "Səbinə İsmayıl",
        5,
        "+994 50 222 33 44",
    )
    assert check.run(hq).ok


def test_a_conflict_travels_with_both_sides_and_stays_open_at_the_receiver(
    machines: dict[str, Database], tmp_path: Path
) -> None:
    a, b, hq = machines["a"], machines["b"], machines["hq"]
    person = Factory(a).create("person")
    export_workbook(a, tmp_path / "a0.xlsx")
    import_workbooks(b, [tmp_path / "a0.xlsx"])
    store.update(a, "person", person["id"], {"household_size": 8})
    store.update(b, "person", person["id"], {"household_size": 9})
    export_workbook(b, tmp_path / "b1.xlsx")
    assert import_workbooks(a, [tmp_path / "b1.xlsx"]).summary()["conflicts"] == 1
    # A's export carries the standing head as the row and the other on _history:
    # b's side, which only b (or HQ) may send; HQ keeps its address meanwhile.
    export_workbook(a, tmp_path / "a1.xlsx")
    first = import_workbooks(hq, [tmp_path / "a1.xlsx"])
    assert first.applied and first.summary()["conflicts"] == 0
    assert first.trust[0].withheld == {b.device_id: 1}
    assert import_workbooks(hq, [tmp_path / "b1.xlsx"]).summary()["conflicts"] == 1
    [conflict] = review.open_conflicts(hq)
    assert "household_size" in conflict.differing
    assert state(hq, ["person"])["conflicts"] == state(a, ["person"])["conflicts"]


@pytest.mark.parametrize(
    "key, value",
    [("rev", "0" * 64), ("parents", "f" * 64), ("author", "someone else"), ("version", 7)],
)
def test_a_hand_edited_sync_cell_is_refused_by_the_seal(
    machines: dict[str, Database], tmp_path: Path, key: str, value: Any
) -> None:
    a, hq = machines["a"], machines["hq"]
    person = Factory(a).create("person")
    export_workbook(a, tmp_path / "a0.xlsx")
    forged = edit(
        tmp_path / "a0.xlsx",
        lambda wb: _set(wb, "person", person["id"], key, value),
        tmp_path / "forged.xlsx",
    )
    result = import_workbooks(hq, [forged])
    assert not result.applied
    [reject] = result.rejects
    assert (reject.sheet, reject.key) == ("person", key)
    assert reject.column is not None and reject.row == 3


def test_a_history_row_changed_by_hand_is_refused_naming_its_cell(
    machines: dict[str, Database], tmp_path: Path
) -> None:
    a, hq = machines["a"], machines["hq"]
    person = Factory(a).create("person", household_size=4)
    store.update(a, "person", person["id"], {"household_size": 5})
    export_workbook(a, tmp_path / "a0.xlsx")

    def tamper(wb: Any) -> None:
        ws = wb["_history"]
        keys = [c.value for c in ws[1]]
        cell = ws.cell(2, keys.index("content") + 1)
        cell.value = cell.value.replace('"household_size":4', '"household_size":1')

    forged = edit(tmp_path / "a0.xlsx", tamper, tmp_path / "forged.xlsx")
    result = import_workbooks(hq, [forged])
    assert not result.applied
    [reject] = result.rejects
    assert (reject.sheet, reject.row, reject.key) == ("_history", 2, "content")
