"""Erasure as a property of the whole fleet: whatever two laptops and HQ did to a
family before and after one of them erased her (edits, visits, exports in any
order, some never sent), once every machine has exchanged with HQ again no
machine holds anything of her, every database passes its check, and all three
show the same record."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from fieldkit import check, erasure, store
from fieldkit.storage.database import Database
from fieldkit.sync import keys, review
from fieldkit.sync.workbook import export_workbook, import_workbooks
from tests.core.test_erasure import file_holds, holds
from tests.databases import machines as machines_of
from tests.factories import Factory

NAME = "Ülviyyə Qasımova"
SECRET = "Elnur"  # in every note written about her
MACHINES = ("a", "b", "hq")
LINKS = [("a", "hq"), ("b", "hq"), ("hq", "a"), ("hq", "b")]

step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(MACHINES), st.integers(1, 9)),
    st.tuples(st.just("visit"), st.sampled_from(MACHINES), st.integers(1, 9)),
    st.tuples(st.just("send"), st.sampled_from(LINKS), st.booleans()),
    st.tuples(st.just("erase"), st.sampled_from(MACHINES), st.just(0)),
)


def send(machines: dict[str, Database], link: tuple[str, str], folder: Path, n: int) -> None:
    sender, receiver = machines[link[0]], machines[link[1]]
    path = folder / f"{n}-{link[0]}-to-{link[1]}.xlsx"
    export_workbook(sender, path)
    result = import_workbooks(receiver, [path], make_backup=n % 3 == 0)
    # A file may bring nothing new; it is then refused as empty, never half-applied.
    assert result.applied or all("nothing to import" in r.reason for r in result.rejects), [
        str(r) for r in result.rejects
    ]


def erased_here(db: Database, person_id: str) -> bool:
    return any(h.erasure for h in store.history(db, "person", person_id))


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=10))
# Found by this test: B erases her, then takes HQ's edit of her and sends HQ the
# merge of the two, which HQ could not recompute before it applied B's erasure.
@example(
    steps=[
        ("edit", "a", 1),
        ("edit", "hq", 5),
        ("erase", "b", 0),
        ("send", ("hq", "b"), False),
        ("edit", "a", 1),
        ("visit", "a", 1),
    ]
)
def test_after_an_erasure_and_one_round_with_hq_no_machine_holds_anything_of_her(
    template_db: Path, steps: list[Any]
) -> None:
    folder = Path(tempfile.mkdtemp())
    machines = machines_of(template_db, folder, MACHINES)
    try:
        a, hq = machines["a"], machines["hq"]
        for laptop in ("a", "b"):
            keys.join(machines[laptop], hq.device_id, "HQ Bakı", keys.public_key(hq))
        person = Factory(a).create("person", full_name=NAME, notes=f"{SECRET} is missing")
        send(machines, ("a", "hq"), folder, 0)
        send(machines, ("hq", "b"), folder, 1)
        steps = [*steps, ("erase", "a", 0)]  # at the latest, A erases her at the end
        erased = False
        for n, (what, where, arg) in enumerate(steps, start=2):
            if what == "send":
                send(machines, where, folder, n)
                continue
            db = machines[where]
            if erased_here(db, person["id"]):
                continue  # she is gone here: nothing more is recorded about her
            if what == "erase":
                if erased:
                    continue
                erasure.erase(db, person["id"])
                erased = True
            elif what == "edit":
                store.update(db, "person", person["id"], {"notes": f"{SECRET}, visit {arg}"})
            else:
                Factory(db).create("home_visit", person_id=person["id"], notes=f"{SECRET} {arg}")
        event(f"steps after the erasure: {len(steps) - steps.index(('erase', 'a', 0))}")
        for link in LINKS + LINKS:  # one round with HQ, then another
            send(machines, link, folder, 99)
        shown = []
        for name, db in machines.items():
            for text in (NAME, SECRET):
                assert not holds(db.path, text), f"{text} on {name}"
                assert not file_holds(db.path, text), f"{text} in the file of {name}"
            report = check.run(db)
            assert report.ok, (name, report.problems)
            assert not review.open_conflicts(db, "person")
            shown.append(store.get(db, "person", person["id"]))
        assert shown[0]["deleted"] and shown[0]["full_name"] is None
        assert shown[0] == shown[1] == shown[2]
    finally:
        for db in machines.values():
            db.close()
        shutil.rmtree(folder, ignore_errors=True)
