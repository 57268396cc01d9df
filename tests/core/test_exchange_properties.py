"""The sync contract as properties: any collection of workbooks holding
revisions from several devices (and edits made in the spreadsheet), imported in
any order, any number of times, gives the same database, and loses nothing."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from fieldkit import check, records, store
from fieldkit.sync.workbook import import_workbooks, reader
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import state, write_workbook
from tests.databases import copy_db

IDS = [str(uuid.uuid5(uuid.NAMESPACE_OID, f"person-{i}")) for i in range(3)]
DEVICES = [str(uuid.uuid5(uuid.NAMESPACE_OID, f"device-{i}")) for i in range(3)]
NAMES = ["Aynur Əliyeva", "Rəşad Quliyev", "İlahə Şükürova"]
T0 = datetime(2025, 3, 1, tzinfo=UTC)

revision = st.fixed_dictionaries(
    {
        "record": st.integers(0, 2),
        "version": st.integers(1, 3),
        "hour": st.integers(0, 3),
        "device": st.integers(0, 2),
        "name": st.integers(0, 2),
        "size": st.sampled_from([None, 4]),
        "edited": st.booleans(),  # changed in the spreadsheet after export
    }
)
workbook = st.fixed_dictionaries(
    {
        "device": st.integers(0, 2),
        "day": st.integers(0, 1),
        "rows": st.lists(revision, min_size=1, max_size=5),
    }
)


def content(name: int, size: int | None) -> dict[str, Any]:
    return {
        "full_name": NAMES[name],
        "sex": "female",
        "district": "AZ-LAC",
        "displacement": "idp",
        "consent_given": False,
        "household_size": size,
    }


def write(folder: Path, n: int, book: dict[str, Any], tombstones: set[Any]) -> Path:
    rows = []
    for r in book["rows"]:
        values = content(r["name"], r["size"])
        row = {
            "id": IDS[r["record"]],
            "version": r["version"],
            "updated_at": T0 + timedelta(hours=r["hour"]),
            "device_id": DEVICES[r["device"]],
            # A tombstone is one of the content states a revision can have; the
            # same content at the same version is always equally deleted (a
            # flipped "deleted" cell is refused, tested elsewhere).
            "deleted": (r["version"], r["name"], r["size"]) in tombstones,
            **values,
        }
        if r["edited"]:
            # Exported with other content: what is in the row now is an edit.
            other = content((r["name"] + 1) % 3, r["size"])
            row["fingerprint"] = store.fingerprint(store.canonical(_cleaned(other)))
        rows.append(row)
    return write_workbook(
        folder / f"book{n}.xlsx",
        {"person": rows},
        device_id=DEVICES[book["device"]],
        exported_at=(T0 + timedelta(days=book["day"], hours=2)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    )


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.validate import clean

    return clean(records.get("person"), values)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    books=st.lists(workbook, min_size=1, max_size=4),
    tombstones=st.sets(
        st.tuples(st.integers(1, 3), st.integers(0, 2), st.sampled_from([None, 4])), max_size=6
    ),
    data=st.data(),
)
def test_any_order_any_number_of_times_same_database(
    template_db: Path, books: list[dict[str, Any]], tombstones: set[Any], data: st.DataObject
) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        files = [write(folder, n, b, tombstones) for n, b in enumerate(books)]
        order = data.draw(st.permutations(files), label="second order")
        together = data.draw(st.booleans(), label="second as one run")
        copy_db(template_db, folder / "a.db")
        copy_db(template_db, folder / "b.db")
        with open_database(folder / "a.db") as a, open_database(folder / "b.db") as b:
            for f in files:  # one file per run
                assert import_workbooks(a, [f], make_backup=False, accept_unsigned=True).applied
            runs = [order] if together else [[f] for f in order]
            for run in runs + runs:  # and everything twice
                assert import_workbooks(b, run, make_backup=False, accept_unsigned=True).applied
            seen = state(a, ["person"])
            event(f"conflicts recorded: {bool(seen['conflicts'])}")
            event(f"revisions: {min(len(seen['revisions']), 6)}")
            assert seen == state(b, ["person"])
            assert (
                import_workbooks(a, files, make_backup=False, accept_unsigned=True).summary()[
                    "revisions"
                ]
                == 0
            )
            assert state(a, ["person"]) == seen  # idempotent

            # Nothing lost: every revision any file carries is in history ...
            arrived = {
                (inc.id, inc.version, inc.fingerprint) for f in files for inc in reader.read(f)[1]
            }
            kept = {(r[1], r[2], r[3]) for r in seen["revisions"]}
            assert arrived <= kept
            # ... each record shows its graph's state, and is in conflict exactly
            # when two heads changed one field differently (or an edit meets a delete).
            person = records.get("person")
            open_ids = {c[0] for c in seen["conflicts"]}
            with a.connect() as conn:
                for rid in {i for i, _, _ in arrived}:
                    nodes = store.nodes(conn, person, rid)
                    expected = conflicting(nodes, person.field_names())
                    assert (rid in open_ids) == expected, rid
                    shown = store.content_of(person, store.get(a, "person", rid) or {})
                    merged = store.state(conn, person, rid)
                    typed = store.content_from_json(person, store.canonical(merged.content))
                    assert shown == typed
            assert check.run(a).ok, check.run(a).problems
    finally:
        shutil.rmtree(folder)


def conflicting(nodes: dict[str, Any], names: list[str]) -> bool:
    """The contract's definition, pair by pair of heads, written out plainly."""

    def ancestors(rev: str) -> set[str]:
        seen, todo = set(), [rev]
        while todo:
            r = todo.pop()
            if r not in seen:
                seen.add(r)
                todo.extend(nodes[r].parents if r in nodes else ())
        return seen

    parented = {p for n in nodes.values() for p in n.parents}
    heads = sorted(r for r in nodes if r not in parented)
    for x in heads:
        for y in heads:
            if x >= y:
                continue
            common = {c for c in ancestors(x) & ancestors(y) if c in nodes}
            lowest = sorted(c for c in common if not any(c in ancestors(d) - {d} for d in common))
            base = nodes[lowest[0]] if lowest else None
            b = base.content if base else {}
            bx, by = nodes[x], nodes[y]
            for f in names:
                vx, vy, vb = bx.content.get(f), by.content.get(f), b.get(f)
                if vx != vy and vx != vb and vy != vb:
                    return True
            base_deleted = base.deleted if base else False
            if bx.deleted != by.deleted:
                deleter, editor = (bx, by) if bx.deleted else (by, bx)
                if deleter.deleted != base_deleted and any(
                    editor.content.get(f) != b.get(f) for f in names
                ):
                    return True
    return False
