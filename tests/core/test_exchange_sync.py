"""Several laptops and HQ, with real edits made through the app's core."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldkit import check, store
from fieldkit.storage.database import Database
from fieldkit.sync.workbook import export_workbook, import_workbooks
from tests.core.xlsx_tools import state
from tests.databases import machines
from tests.factories import Factory


@pytest.fixture
def laptops(template_db: Path, tmp_path: Path) -> Iterator[dict[str, Database]]:
    opened = machines(template_db, tmp_path, ("a", "b", "hq1", "hq2"))
    yield opened
    for database in opened.values():
        database.close()


def test_two_laptops_editing_one_family_merge_the_same_at_any_hq(
    laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b = laptops["a"], laptops["b"]
    person = Factory(a).create("person")
    export_workbook(a, tmp_path / "a0.xlsx")
    assert import_workbooks(b, [tmp_path / "a0.xlsx"]).applied  # b gets the family

    store.update(a, "person", person["id"], {"household_size": 6})
    store.update(b, "person", person["id"], {"phone": "+994 55 111 22 33"})
    store.update(b, "person", person["id"], {"notes": "Moved in with relatives."})
    export_workbook(a, tmp_path / "a1.xlsx")
    export_workbook(b, tmp_path / "b1.xlsx")

    hq1, hq2 = laptops["hq1"], laptops["hq2"]
    # Format 1 carries no parents: each HQ has the creation (a0), in some order.
    r0 = import_workbooks(hq1, [tmp_path / "a0.xlsx"])
    r1 = import_workbooks(hq1, [tmp_path / "a1.xlsx"])
    r2 = import_workbooks(hq1, [tmp_path / "b1.xlsx"])
    assert r0.applied and r1.applied and r2.applied
    import_workbooks(hq2, [tmp_path / "b1.xlsx", tmp_path / "a1.xlsx"])
    import_workbooks(hq2, [tmp_path / "a0.xlsx"])  # an old workbook arriving late
    assert state(hq1, ["person"])["person"] == state(hq2, ["person"])["person"]
    current = store.get(hq1, "person", person["id"])
    assert current is not None
    # Diverged from one base, different fields: merged field by field, nothing
    # lost and no conflict (a's household size, b's phone and notes).
    assert current["household_size"] == 6
    assert current["phone"] == "+994 55 111 22 33"
    assert current["notes"] == "Moved in with relatives."
    assert r1.summary()["conflicts"] == r2.summary()["conflicts"] == 0
    versions = [(h.version, h.device_id) for h in store.history(hq2, "person", person["id"])]
    assert (2, a.device_id) in versions and (3, b.device_id) in versions  # nothing lost
    assert check.run(hq1).ok and check.run(hq2).ok


def test_the_same_version_edited_on_two_laptops_is_a_conflict_for_review(
    laptops: dict[str, Database], tmp_path: Path
) -> None:
    a, b, hq = laptops["a"], laptops["b"], laptops["hq1"]
    person = Factory(a).create("person")
    export_workbook(a, tmp_path / "a0.xlsx")
    import_workbooks(b, [tmp_path / "a0.xlsx"])
    store.update(a, "person", person["id"], {"household_size": 6})
    store.delete(b, "person", person["id"])
    export_workbook(a, tmp_path / "a1.xlsx")
    export_workbook(b, tmp_path / "b1.xlsx")
    # HQ has the creation too (format 1 carries no parents: without it the two
    # sides would share nothing, and every differing field would be in conflict).
    import_workbooks(hq, [tmp_path / "a0.xlsx"])
    result = import_workbooks(hq, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"])
    assert result.summary()["conflicts"] == 1
    (conflict,) = result.conflicts
    assert conflict.record_id == person["id"] and conflict.a != conflict.b  # an edit, a delete
    # Back on laptop a, b's delete arrives: the same conflict, the same winner.
    again = import_workbooks(a, [tmp_path / "b1.xlsx"])
    assert again.summary()["conflicts"] == 1
    assert store.get(a, "person", person["id"]) == store.get(hq, "person", person["id"])


def test_an_excel_correction_overtaken_by_laptop_edits_it_never_saw_is_a_conflict(
    laptops: dict[str, Database], tmp_path: Path
) -> None:
    from tests.core.xlsx_tools import edit, find_row, header

    a, hq, hq2 = laptops["a"], laptops["hq1"], laptops["hq2"]
    person = Factory(a).create("person")
    export_workbook(a, tmp_path / "a0.xlsx")
    import_workbooks(hq, [tmp_path / "a0.xlsx"])
    # In the field, two more edits (versions 2 and 3) that HQ has not received ...
    store.update(a, "person", person["id"], {"household_size": 6})
    store.update(a, "person", person["id"], {"household_size": 7})
    export_workbook(a, tmp_path / "a1.xlsx")  # carries version 3 only
    # ... while at HQ a coordinator corrects the name in an export of version 1.
    export_workbook(hq, tmp_path / "hq.xlsx")

    def correct(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, person["id"]), header(ws)["full_name"]).value = "Səbinə İsmayıl"

    corrected = edit(tmp_path / "hq.xlsx", correct, tmp_path / "corrected.xlsx")
    assert import_workbooks(hq, [corrected]).summary()["conflicts"] == 0  # nothing else yet
    result = import_workbooks(hq, [tmp_path / "a1.xlsx"])
    # Version 3 never saw the correction, but changed another field: both
    # changes stand, merged against their common ancestor (version 1).
    assert result.summary()["conflicts"] == 0
    current = store.get(hq, "person", person["id"])
    assert current is not None
    assert (current["full_name"], current["household_size"]) == ("Səbinə İsmayıl", 7)
    assert "Səbinə İsmayıl" in {
        h.content["full_name"] for h in store.history(hq, "person", person["id"])
    }
    # The other order gives the same database, conflict included (on the
    # same HQ: the correction is the importing machine's own revision).
    hq2.set_setting("device_id", hq.device_id)
    hq2.set_setting("signing_key", hq.setting("signing_key") or "")
    hq2.device_id = hq.device_id
    import_workbooks(hq2, [tmp_path / "a1.xlsx"])
    import_workbooks(hq2, [corrected])
    import_workbooks(hq2, [tmp_path / "a0.xlsx"])
    mine, theirs = state(hq2, ["person"]), state(hq, ["person"])
    # ... but for the time each machine's clock gave its own edit.
    when = lambda s: [r[:4] + r[5:] for r in s["revisions"]]  # noqa: E731
    assert when(mine) == when(theirs) and mine["conflicts"] == theirs["conflicts"]
