"""An erasure reaches every machine that holds the person: HQ purges its copies
when the eraser's file arrives, does its own part for the records it alone
holds, relays the erasure to the other laptops, and purges content that
arrives after it. Only a file that may bring the erasure revision erases."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldkit import check, erasure, store
from fieldkit.storage import paths
from fieldkit.storage.database import Database
from fieldkit.sync import keys, review
from fieldkit.sync.workbook import export_workbook, import_workbooks
from tests.core.test_erasure import file_holds, holds
from tests.core.xlsx_tools import sign
from tests.databases import connect
from tests.databases import machines as machines_of
from tests.factories import Factory

NAME = "Ülviyyə Qasımova"
PHONE = "+994 50 987 65 43"
NOTE = "Her son Elnur went missing near Sus in 1993."
B_NOTE = "Ülviyyə asked about the search for Elnur again."


@pytest.fixture
def fleet(template_db: Path, tmp_path: Path) -> Iterator[dict[str, Database]]:
    """Laptops a and b, joined to hq; hq2, another machine that enrols a and b
    but never joined anyone."""
    opened = machines_of(template_db, tmp_path, ("a", "b", "hq", "hq2"))
    hq = opened["hq"]
    for laptop in (opened["a"], opened["b"]):
        keys.join(laptop, hq.device_id, "HQ Bakı", keys.public_key(hq))
    yield opened
    for db in opened.values():
        db.close()


def send(sender: Database, receiver: Database, path: Path, **kw: Any) -> Any:
    export_workbook(sender, path, **kw)
    result = import_workbooks(receiver, [path])
    assert result.applied, [str(r) for r in result.rejects]
    return result


def nothing_of_her(db: Database) -> None:
    for text in (NAME, PHONE, "Elnur"):
        assert not holds(db.path, text), f"{text} in {db.path}"
        assert not file_holds(db.path, text), f"{text} in the bytes of {db.path}"
    report = check.run(db)
    assert report.ok, report.problems


def backups_hold(db: Database, text: str) -> list[Path]:
    found = []
    for backup in sorted(paths.backup_dir(db.path).glob("*.db")):
        raw = connect(backup, key_of=db.path)
        try:
            contents = [c for (c,) in raw.execute("SELECT content FROM revision")]
            names = [n for (n,) in raw.execute("SELECT full_name FROM person")]
        finally:
            raw.close()
        if any(text in c for c in contents) or any(text in (n or "") for n in names):
            found.append(backup)
    return found


def test_an_erasure_purges_the_person_at_hq_and_relayed_on_every_laptop(
    fleet: dict[str, Database], tmp_path: Path
) -> None:
    a, b, hq = fleet["a"], fleet["b"], fleet["hq"]
    person = Factory(a).create("person", full_name=NAME, phone=PHONE, notes=NOTE)
    store.update(a, "person", person["id"], {"household_size": 6})
    visit_a = Factory(a).create("home_visit", person_id=person["id"], notes=NOTE)
    send(a, hq, tmp_path / "a1.xlsx")
    send(hq, b, tmp_path / "hq1.xlsx")
    # B visits her too; only HQ and B hold that visit.
    visit_b = Factory(b).create("home_visit", person_id=person["id"], notes=B_NOTE)
    send(b, hq, tmp_path / "b1.xlsx", changed=True)
    assert holds(hq.path, NAME) and backups_hold(hq, NAME)

    erasure.erase(a, person["id"])
    erased_file = tmp_path / "a2.xlsx"
    export_workbook(a, erased_file, changed=True)
    rows = list(load_workbook(erased_file, read_only=True)["_erasures"].iter_rows(values_only=True))
    assert rows[0] == ("record_type", "id", "rev")
    assert {(r[0], r[1]) for r in rows[1:]} == {
        ("person", person["id"]),
        ("home_visit", visit_a["id"]),
    }
    result = import_workbooks(hq, [erased_file])
    assert result.applied, [str(r) for r in result.rejects]
    assert result.erased.people == {"person": 1}
    assert result.erased.related == {"home_visit": 2}

    # At HQ: her content in no revision, row, page or backup; the fact kept.
    nothing_of_her(hq)
    assert backups_hold(hq, NAME) == []
    history = store.history(hq, "person", person["id"])
    assert history[-1].erasure and history[-1].device_id == a.device_id
    assert all(h.content.get("full_name") is None for h in history)
    assert store.get(hq, "home_visit", visit_a["id"])["notes"] is None
    # B's visit only HQ holds: HQ erased its note itself, as its own revision.
    mine = store.history(hq, "home_visit", visit_b["id"])
    assert mine[-1].erasure and mine[-1].device_id == hq.device_id
    assert all(h.content.get("notes") is None for h in mine)
    assert store.get(hq, "home_visit", visit_b["id"])["person_id"] == person["id"]

    # Importing the same file again erases nothing more and adds nothing.
    again = import_workbooks(hq, [erased_file])
    assert again.applied and again.erased.people == {} and again.total("revisions") == 0

    # HQ relays the erasure: laptop B, which holds her and its own visit, purges both.
    assert holds(b.path, NAME) and holds(b.path, "asked about the search")
    send(hq, b, tmp_path / "hq2.xlsx", changed=True)
    nothing_of_her(b)
    assert not holds(b.path, "asked about the search")
    assert store.get(b, "person", person["id"])["deleted"]
    assert store.get(b, "home_visit", visit_b["id"])["notes"] is None
    assert backups_hold(b, NAME) == []


def test_content_that_arrives_after_the_erasure_is_purged_as_it_is_stored(
    fleet: dict[str, Database], tmp_path: Path
) -> None:
    a, b, hq = fleet["a"], fleet["b"], fleet["hq"]
    person = Factory(a).create("person", full_name=NAME, phone=PHONE, notes=NOTE)
    send(a, hq, tmp_path / "a1.xlsx")
    send(hq, b, tmp_path / "hq1.xlsx")
    # B, not knowing yet, corrects her phone and records a visit.
    store.update(b, "person", person["id"], {"phone": "+994 55 111 22 33", "notes": NOTE})
    late_visit = Factory(b).create("home_visit", person_id=person["id"], notes=B_NOTE)
    late = tmp_path / "b1.xlsx"
    export_workbook(b, late, changed=True)

    erasure.erase(a, person["id"])
    send(a, hq, tmp_path / "a2.xlsx", changed=True)
    result = import_workbooks(hq, [late])
    assert result.applied
    nothing_of_her(hq)
    assert not holds(hq.path, "+994 55 111 22 33") and not holds(hq.path, "asked about")
    gone = store.get(hq, "person", person["id"])
    assert gone["deleted"] and gone["full_name"] is None and gone["phone"] is None
    assert store.get(hq, "home_visit", late_visit["id"])["notes"] is None
    assert [c for c in review.open_conflicts(hq) if c.record_id == person["id"]] == []


def test_a_file_that_may_not_bring_the_erasure_erases_nothing(
    fleet: dict[str, Database], tmp_path: Path
) -> None:
    a, b, hq, hq2 = fleet["a"], fleet["b"], fleet["hq"], fleet["hq2"]
    person = Factory(a).create("person", full_name=NAME, phone=PHONE)
    send(a, hq, tmp_path / "a1.xlsx")
    send(a, hq2, tmp_path / "a1-copy.xlsx")
    send(hq, b, tmp_path / "hq1.xlsx")
    erasure.erase(a, person["id"])
    send(a, hq, tmp_path / "a2.xlsx", changed=True)
    send(hq, b, tmp_path / "hq2.xlsx", changed=True)
    # B's file carries A's erasure (B got it from HQ), but hq2 takes from B only
    # B's own revisions: A's erasure is withheld, and hq2 keeps her as she was.
    from_b = tmp_path / "b-full.xlsx"
    export_workbook(b, from_b)
    result = import_workbooks(hq2, [from_b])
    assert not result.applied or result.erased.people == {}
    assert store.get(hq2, "person", person["id"])["full_name"] == NAME
    assert holds(hq2.path, NAME)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_erasure_mark_added_by_hand_or_naming_content_is_refused(
    fleet: dict[str, Database], tmp_path: Path
) -> None:
    a, hq = fleet["a"], fleet["hq"]
    person = Factory(a).create("person", full_name=NAME, phone=PHONE)
    other = Factory(a).create("person", full_name="Rəşad Əliyev")
    send(a, hq, tmp_path / "a1.xlsx")
    erasure.erase(a, person["id"])
    path = tmp_path / "a2.xlsx"
    export_workbook(a, path)
    target = store.get(hq, "person", other["id"])
    wb = load_workbook(path)
    wb["_erasures"].append(["person", other["id"], target["head"]])
    wb.save(tmp_path / "added.xlsx")
    before = digest(hq.path)

    # Added after signing: the signature no longer holds.
    result = import_workbooks(hq, [tmp_path / "added.xlsx"])
    assert not result.applied
    assert any(
        r.sheet == "_erasures" and "do not match the signature" in r.reason for r in result.rejects
    ), [str(r) for r in result.rejects]
    # Signed again with A's own key (what a thief of A's key could do): an
    # erasure must be blank, so one naming Rəşad's revision with content is refused.
    signed = sign(tmp_path / "added.xlsx", keys.private_key(a), tmp_path / "resigned.xlsx")
    result = import_workbooks(hq, [signed])
    assert not result.applied
    [reject] = [r for r in result.rejects if r.sheet == "_erasures"]
    assert (reject.row, reject.column, reject.key) == (3, "C", "rev")
    assert "is not an erasure: it still holds the record's content" in reject.reason
    assert digest(hq.path) == before
    assert store.get(hq, "person", other["id"])["full_name"] == "Rəşad Əliyev"
