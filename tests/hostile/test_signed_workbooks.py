"""Signed workbooks, and a revision only from its author (issue 12, cases 1 and 3),
as someone with a spreadsheet, a laptop of their own and bad intentions tries
them, through the real command line: a workbook is signed like a bundle; a
spreadsheet correction becomes the importer's own revision; a laptop cannot
send another laptop's revisions, nor a merge that is not one; an unknown or
missing signature brings only corrections of records already here; a refusal
leaves the database byte-identical."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit import records, store
from fieldkit import revisions as graph
from fieldkit.storage.database import Database
from fieldkit.sync import bundle, keys, transfer
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import export_workbook, import_workbooks, reader
from fieldkit.workspace import open_database
from tests.core.test_cli import fieldkit
from tests.core.xlsx_tools import edit, find_row, header, sign, state
from tests.databases import copy_db, own_device
from tests.factories import Factory

FORMAT_1 = Path(__file__).parent.parent / "fixtures" / "format-1"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def fleet(template_db: Path, tmp_path: Path) -> dict[str, Any]:
    """Laptops A and B, enrolled at HQ; laptop C, enrolled nowhere. A made two
    families and sent them to HQ; B has A's families too (it enrolled A)."""
    dbs: dict[str, Database] = {}
    for name in ("a", "b", "c", "hq"):
        path = own_device(copy_db(template_db, tmp_path / f"{name}.db"))
        dbs[name] = open_database(path)
        dbs[name].set_setting("device_name", f"Laptop {name.upper()}")
    a, b, hq = dbs["a"], dbs["b"], dbs["hq"]
    for sender in (a, b):
        keys.enrol(hq, sender.device_id, f"Laptop {sender.device_id[:4]}", keys.public_key(sender))
    keys.enrol(b, a.device_id, "Laptop A", keys.public_key(a))
    make = Factory(a)
    families = [make.create("person", phone="+994 50 111 11 11") for _ in range(2)]
    sent = export_workbook(a, tmp_path / "a.xlsx").path
    assert import_workbooks(hq, [sent]).applied
    assert import_workbooks(b, [sent]).applied
    out = {"dbs": dbs, "families": families, "sent": sent, "folder": tmp_path}
    yield out
    for db in dbs.values():
        db.close()


def run(hq: Database, *args: str | Path) -> Any:
    return fieldkit("--db", str(hq.path), "import", *map(str, args))


def cell(ws: Any, record_id: str, key: str) -> Any:
    return ws.cell(find_row(ws, record_id), header(ws)[key])


def test_a_bundle_workbook_edited_in_a_spreadsheet(fleet: dict[str, Any]) -> None:
    """Case 1: a bundle unzipped and its workbook edited. A raised version or an
    emptied seal is refused, naming the cell; a changed phone is a correction:
    the importer's own revision, a child of A's, never A's."""
    a, hq = fleet["dbs"]["a"], fleet["dbs"]["hq"]
    family = fleet["families"][0]
    folder: Path = fleet["folder"]
    store.update(a, "person", family["id"], {"household_size": 9})
    sent = transfer.export(a, folder / "a.fkb").path
    with zipfile.ZipFile(sent) as z:
        inner = z.read("data/records.xlsx")
    loose = folder / "records.xlsx"
    loose.write_bytes(inner)
    hq.close()
    before = digest(hq.path)

    def changed(key: str, value: Any, name: str) -> Path:
        def change(wb: Any) -> None:
            cell(wb["person"], family["id"], key).value = value

        return edit(loose, change, folder / name)

    raised = run(hq, changed("version", 7, "raised.xlsx"))
    assert raised.returncode == 1 and "column B (version)" in raised.stderr
    no_seal = run(hq, changed("seal", None, "no-seal.xlsx"))
    assert no_seal.returncode == 1 and "(seal): the seal was removed" in no_seal.stderr
    assert digest(hq.path) == before

    phone = run(hq, changed("phone", "+994 55 999 99 99", "phone.xlsx"))
    assert phone.returncode == 0, phone.stderr
    assert "1 edited in a spreadsheet (saved as yours)" in phone.stdout
    with open_database(hq.path) as again:
        now = store.get(again, "person", family["id"])
        assert now is not None and now["phone"] == "+994 55 999 99 99"
        assert now["household_size"] == 9  # A's own change came too: signed by A
        assert now["device_id"] == again.device_id  # the correction is HQ's
        [mine] = [
            h
            for h in store.history(again, "person", family["id"])
            if h.device_id == again.device_id
        ]
        assert mine.author == again.account and mine.content["phone"] == "+994 55 999 99 99"


def test_rows_added_or_removed_after_signing_are_refused_sorting_is_not(
    fleet: dict[str, Any],
) -> None:
    a, hq = fleet["dbs"]["a"], fleet["dbs"]["hq"]
    folder: Path = fleet["folder"]
    Factory(a).create("person")
    sent = export_workbook(a, folder / "more.xlsx").path

    def drop_last(wb: Any) -> None:
        ws = wb["person"]
        ws.delete_rows(ws.max_row)

    def reverse(wb: Any) -> None:
        ws = wb["person"]
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=cols.FIRST_DATA_ROW)]
        for i, values in enumerate(reversed(rows)):
            for j, value in enumerate(values):
                ws.cell(cols.FIRST_DATA_ROW + i, j + 1).value = value

    hq.close()
    before = digest(hq.path)
    dropped = run(hq, edit(sent, drop_last, folder / "dropped.xlsx"))
    assert dropped.returncode == 1
    assert "sheet person: the rows do not match the signature" in dropped.stderr
    assert digest(hq.path) == before
    ordered = run(hq, edit(sent, reverse, folder / "sorted.xlsx"))
    assert ordered.returncode == 0, ordered.stderr
    assert "signed by Laptop" in ordered.stdout


def _forge(source: Path, out: Path, record_id: str, device: str, key: str) -> Path:
    """The row of *record_id* changed as a new revision made by *device* (version
    + 1, its address, parents and seal computed as fieldkit would), the whole
    file re-signed with *key*."""

    def change(wb: Any) -> None:
        cell(wb["person"], record_id, "phone").value = "+994 70 666 66 66"

    edited = edit(source, change, out)
    _, rows = reader.read(edited)
    [inc] = [i for i in rows if i.id == record_id and i.edited]

    def forge(wb: Any) -> None:
        ws = wb["person"]
        row = find_row(ws, record_id)
        h = header(ws)
        values = {k: ws.cell(row, h[k]).value for k in cols.SEALED}
        values |= {
            "version": inc.version,
            "device_id": device,
            "rev": inc.rev,
            "parents": cols.dump_parents(inc.parents or ()),
            "author": "",
        }
        for k, v in values.items():
            ws.cell(row, h[k]).value = v
        ws.cell(row, h["seal"]).value = cols.seal({k: str(v) for k, v in values.items()})

    edit(edited, forge)
    return sign(edited, key)


def test_an_enrolled_laptop_cannot_rewrite_another_laptops_records(
    fleet: dict[str, Any],
) -> None:
    """Case 3: laptop B sends a row as a new revision by laptop A (A's device id,
    version + 1), correctly sealed and signed by B: HQ refuses it; the same
    change as B's own revision is B's to make, and is shown as B's."""
    a, b, hq = fleet["dbs"]["a"], fleet["dbs"]["b"], fleet["dbs"]["hq"]
    family = fleet["families"][0]
    folder: Path = fleet["folder"]
    mine = export_workbook(b, folder / "b.xlsx").path
    private = keys.private_key(b)
    as_a = _forge(mine, folder / "as-a.xlsx", family["id"], a.device_id, private)
    b_device = b.device_id
    hq.close()
    before = digest(hq.path)
    out = run(hq, as_a)
    assert out.returncode == 1, out.stdout
    assert "nothing to import: its 1 new revision were made by other devices" in out.stderr
    assert "may send only its own; HQ relays the others" in out.stderr
    assert digest(hq.path) == before
    as_b = _forge(mine, folder / "as-b.xlsx", family["id"], b_device, private)
    out = run(hq, as_b)
    assert out.returncode == 0, out.stderr
    with open_database(hq.path) as again:
        now = store.get(again, "person", family["id"])
        assert now is not None and now["phone"] == "+994 70 666 66 66"
        assert now["device_id"] == b_device


def test_a_merge_that_is_not_the_merge_of_its_parents_is_refused(
    fleet: dict[str, Any],
) -> None:
    a, b, hq = fleet["dbs"]["a"], fleet["dbs"]["b"], fleet["dbs"]["hq"]
    family = fleet["families"][0]
    folder: Path = fleet["folder"]
    store.update(a, "person", family["id"], {"household_size": 8})
    store.update(b, "person", family["id"], {"phone": "+994 55 000 11 22"})
    assert import_workbooks(hq, [export_workbook(a, folder / "a1.xlsx").path]).applied
    assert import_workbooks(b, [folder / "a1.xlsx"]).applied
    merged = export_workbook(b, folder / "b1.xlsx").path  # carries b's merge of both
    person = records.get("person")
    with b.connect() as conn:
        head = store.get(b, "person", family["id"])
        assert head is not None
        node = store.nodes(conn, person, family["id"])[head["head"]]
    assert len(node.parents) == 2  # the merge revision

    def lie(wb: Any) -> None:
        # The merge's content changed and its address recomputed to match:
        # a "merge" that says the family has 20 members.
        ws = wb["person"]
        row, h = find_row(ws, family["id"]), header(ws)
        ws.cell(row, h["household_size"]).value = 20
        content = dict(node.content) | {"household_size": 20}
        rev = store.address(family["id"], content, False, node.parents)
        ws.cell(row, h["rev"]).value = rev
        values = {k: ws.cell(row, h[k]).value for k in cols.SEALED}
        values = {k: ("" if v is None else v) for k, v in values.items()}
        ws.cell(row, h["seal"]).value = cols.seal({k: str(v) for k, v in values.items()})

    forged = sign(edit(merged, lie, folder / "forged.xlsx"), keys.private_key(b))
    hq.close()
    before = digest(hq.path)
    out = run(hq, forged)
    assert out.returncode == 1
    assert "a merge revision whose content is not the merge of its parents" in out.stderr
    assert digest(hq.path) == before
    out = run(hq, merged)  # the true merge recomputes
    assert out.returncode == 0, out.stderr
    with open_database(hq.path) as again:
        now = store.get(again, "person", family["id"])
        assert now is not None and (now["household_size"], now["phone"]) == (8, "+994 55 000 11 22")
        assert now["device_id"] == graph.MERGE_DEVICE


def test_an_unknown_signer_brings_only_corrections_until_enrolled(
    fleet: dict[str, Any],
) -> None:
    c, hq = fleet["dbs"]["c"], fleet["dbs"]["hq"]
    folder: Path = fleet["folder"]
    Factory(c).create("person")
    sent = export_workbook(c, folder / "c.xlsx").path
    fp = bundle.fingerprint(keys.public_key(c))
    hq.close()
    before = digest(hq.path)
    out = run(hq, sent)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f'enrol the sender with --enrol "{fp}"' in out.stderr
    assert digest(hq.path) == before
    preview = run(hq, sent, "--dry-run", "--enrol", fp)
    assert preview.returncode == 0 and f"signed by Laptop C ({fp})" in preview.stdout
    out = run(hq, sent, "--enrol", fp)
    assert out.returncode == 0, out.stderr
    listed = fieldkit("--db", str(hq.path), "keys", "list")
    assert fp in listed.stdout


def test_an_unsigned_format_1_workbook_needs_accept_unsigned(
    template_db: Path, tmp_path: Path
) -> None:
    path = own_device(copy_db(template_db, tmp_path / "hq.db"))
    before = digest(path)
    full = FORMAT_1 / "laptop-a-full.xlsx"
    out = fieldkit("--db", str(path), "import", str(full))
    assert out.returncode == 1
    assert "an unsigned file brings only corrections of records already here" in out.stderr
    assert digest(path) == before
    out = fieldkit("--db", str(path), "import", str(full), "--accept-unsigned")
    assert out.returncode == 0, out.stderr
    assert "not signed (an older fieldkit); accepted whole as asked" in out.stdout


def test_a_revoked_laptops_workbook_is_refused(fleet: dict[str, Any]) -> None:
    a, hq = fleet["dbs"]["a"], fleet["dbs"]["hq"]
    Factory(a).create("person")
    sent = export_workbook(a, fleet["folder"] / "later.xlsx").path
    fp = bundle.fingerprint(keys.public_key(a))
    hq.close()
    assert fieldkit("--db", str(hq.path), "keys", "revoke", fp).returncode == 0
    before = digest(hq.path)
    out = run(hq, sent)
    assert out.returncode == 1 and f"signed by the key {fp}, revoked here" in out.stderr
    assert digest(hq.path) == before


ABOUT_KEYS = ["signature", "public_key", "device_id", "exported_at", "rows.person", "profile"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    key=st.sampled_from(ABOUT_KEYS),
    how=st.sampled_from(["flip", "empty", "other", "garbage", "drop"]),
    junk=st.text(st.characters(min_codepoint=32, max_codepoint=0x4FF), min_size=1, max_size=60),
)
def test_about_sheet_signatures_fuzzed(
    fleet: dict[str, Any], key: str, how: str, junk: str
) -> None:
    """Any change to the about sheet of a signed workbook, or to its signature
    and key, is refused (or, with the signature gone, brings nothing new); never a
    traceback; the database as it was."""
    a, hq = fleet["dbs"]["a"], fleet["dbs"]["hq"]
    folder: Path = fleet["folder"]
    sent = folder / "fuzz-source.xlsx"
    if not sent.exists():
        Factory(a).create("person")
        export_workbook(a, sent)
    other = bundle.public_key(bundle.new_private_key())

    def change(wb: Any) -> None:
        ws = wb[cols.META_SHEET]
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == key)
        value = str(ws.cell(row, 2).value or "")
        if how == "drop":
            ws.delete_rows(row)
        elif how == "empty":
            ws.cell(row, 2).value = None
        elif how == "flip":
            flipped = value[:-3] + ("A" if value[-3:-2] != "A" else "B") + value[-2:]
            ws.cell(row, 2).value = flipped if len(value) > 3 else value + "x"
        elif how == "other":
            ws.cell(row, 2).value = other if key in ("public_key", "signature") else value + "1"
        else:
            ws.cell(row, 2).value = junk

    target = folder / "fuzzed.xlsx"
    shutil.copyfile(sent, target)
    edit(target, change)
    before = state(hq)
    result = import_workbooks(hq, [target])
    assert not result.applied and result.rejects, result.trust
    assert state(hq) == before
