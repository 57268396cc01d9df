"""A fleet, as Hypothesis draws it: laptops whose clocks are off by years edit
and delete the same families, export in full or only what changed (some files
opened and saved in a spreadsheet program on the way), and HQs import the files
in any order, any number of times, or lose some. Every order gives the same database, nothing is lost, and a
conflict is open exactly when two heads changed one field differently or an
edit met a delete."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit import records, store
from fieldkit.storage.types import utcnow
from fieldkit.sync import keys
from fieldkit.sync.workbook import export_workbook, import_workbooks, reader, writer
from fieldkit.workspace import open_database
from tests.core.test_exchange_properties import conflicting
from tests.core.xlsx_tools import openpyxl_resave, state
from tests.databases import copy_db, enrol_each_other, own_device
from tests.factories import Factory

LAPTOPS = 3
FIELDS = {"household_size": [2, 5, 9], "phone": ["+994 50 111 11 11", "+994 55 222 22 22"]}

action = st.one_of(
    st.tuples(
        st.just("edit"),
        st.integers(0, LAPTOPS - 1),
        st.integers(0, 1),
        st.sampled_from(sorted(FIELDS)),
        st.integers(0, 2),
    ),
    st.tuples(st.just("delete"), st.integers(0, LAPTOPS - 1), st.integers(0, 1)),
    st.tuples(st.just("export"), st.integers(0, LAPTOPS - 1), st.booleans()),
)


def skewed(monkeypatch: pytest.MonkeyPatch, skew: timedelta) -> None:
    """The clock of the laptop about to save or export, off by *skew*."""
    for module in (store, writer):
        monkeypatch.setattr(module, "utcnow", lambda: utcnow() + skew)


def laptop(template: Path, path: Path) -> Path:
    return own_device(copy_db(template, path))


@pytest.mark.slow
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=st.lists(action, min_size=1, max_size=6), data=st.data())
def test_a_fleet_converges_in_any_order(
    template_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    actions: list[tuple[Any, ...]],
    data: st.DataObject,
) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        paths = [laptop(template_db, folder / f"l{i}.db") for i in range(LAPTOPS)]
        dbs = [open_database(p) for p in paths]
        enrol_each_other(*dbs)  # each accepts the others' own revisions, as HQ does
        senders = [(db.device_id, keys.public_key(db)) for db in dbs]
        try:
            people = [Factory(dbs[0]).create("person") for _ in range(2)]
            files = [folder / "seed.xlsx"]
            export_workbook(dbs[0], files[0])
            for other in dbs[1:]:
                assert import_workbooks(other, files[:1], make_backup=False).applied
            # Each laptop's clock is off by up to three years, either way.
            skews = [
                timedelta(days=data.draw(st.integers(-1100, 1100), label=f"clock {i}"))
                for i in range(LAPTOPS)
            ]
            for n, act in enumerate(actions):
                db = dbs[act[1]]
                skewed(monkeypatch, skews[act[1]])
                if act[0] == "edit":
                    _, _, who, name, pick = act
                    values = FIELDS[name]
                    store.update(
                        db, "person", people[who]["id"], {name: values[pick % len(values)]}
                    )
                elif act[0] == "delete":
                    store.delete(db, "person", people[act[2]]["id"])
                else:
                    out = folder / f"f{n}.xlsx"
                    export_workbook(db, out, changed=act[2])
                    if data.draw(st.booleans(), label="re-saved"):
                        # Opened and saved untouched in a spreadsheet program on the way.
                        out = openpyxl_resave(out, folder / f"f{n}-resaved.xlsx")
                    files.append(out)
            for i, db in enumerate(dbs):  # every laptop hands in what it has at the end
                skewed(monkeypatch, skews[i])
                out = folder / f"last{i}.xlsx"
                export_workbook(db, out, changed=data.draw(st.booleans(), label="changed"))
                files.append(out)
            # The true ancestry, as the laptops that made the revisions recorded it.
            truth: dict[str, tuple[str, ...]] = {}
            person = records.get("person")
            for db in dbs:
                with db.connect() as conn:
                    for p in people:
                        truth |= {
                            r: n.parents for r, n in store.nodes(conn, person, p["id"]).items()
                        }
        finally:
            for db in dbs:
                db.close()

        # HQ has the seed (the full export that carries the villages the families
        # refer to) first; everything after it comes in any order.
        order = [files[0], *data.draw(st.permutations(files[1:]), label="second order")]
        hqs = [laptop(template_db, folder / f"hq{i}.db") for i in range(2)]
        with open_database(hqs[0]) as one, open_database(hqs[1]) as two:
            enrolled(senders, one, two)
            for f in files:
                assert import_workbooks(one, [f], make_backup=False).applied
            for f in [*order, *order]:
                assert import_workbooks(two, [f], make_backup=False).applied
            seen = state(one, ["person"])
            assert seen == state(two, ["person"])
            arrived = {
                (i.id, i.version, i.fingerprint)
                for f in files
                for i in _carried(f)
                if i.record_type == "person"
            }
            kept = {(r[1], r[2], r[3]) for r in seen["revisions"]}
            assert arrived <= kept  # nothing lost
            _decided_from_true_ancestry(one, people, truth)

        # A stick lost on the way: HQ never sees some files (the seed aside), in
        # any order; it still decides from the ancestry of what did arrive.
        lost = data.draw(st.sets(st.sampled_from(range(1, len(files)))), label="lost")
        reached = [f for i, f in enumerate(files) if i not in lost]
        shuffled = [reached[0], *data.draw(st.permutations(reached[1:]), label="third order")]
        hqs = [laptop(template_db, folder / f"hq-lost{i}.db") for i in range(2)]
        with open_database(hqs[0]) as three, open_database(hqs[1]) as four:
            enrolled(senders, three, four)
            for f in reached:
                assert import_workbooks(three, [f], make_backup=False).applied
            for f in shuffled:
                assert import_workbooks(four, [f], make_backup=False).applied
            assert state(three, ["person"]) == state(four, ["person"])
            _decided_from_true_ancestry(three, people, truth)
    finally:
        shutil.rmtree(folder)


def enrolled(senders: list[tuple[str, str]], *hqs: Any) -> None:
    for hq in hqs:
        for device, key in senders:
            keys.enrol(hq, device, device, key)


def _carried(path: Path) -> list[Any]:
    """Every revision a file carries: its rows and its history sheet."""
    book, rows = reader.read(path)
    return [*(i for rtype in records.record_types() for i in book.history(rtype)), *rows]


def _decided_from_true_ancestry(
    hq: Any, people: list[dict[str, Any]], truth: dict[str, tuple[str, ...]]
) -> None:
    """Every revision at HQ has the parents its laptop recorded (never a guess),
    and a conflict is open exactly when the contract says so."""
    person = records.get("person")
    with hq.connect() as conn:
        open_ids = set(
            conn.execute(sa.select(store.CONFLICTS.c.record_id).where(
                store.CONFLICTS.c.resolved_at.is_(None)
            )).scalars()
        )  # fmt: skip
        for p in people:
            nodes = store.nodes(conn, person, p["id"])
            for rev, node in nodes.items():
                assert node.parents == truth[rev], rev
            assert (p["id"] in open_ids) == conflicting(nodes, person.field_names())
