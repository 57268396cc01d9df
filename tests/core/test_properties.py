"""Random sequences of edits, deletes and restores keep the version/history invariants."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit import check, records, store
from fieldkit.workspace import open_database
from tests.databases import copy_db
from tests.factories import Factory

names = st.text(
    alphabet="abcçdeəfgğhxıijkqlmnoöprsştuüvyzƏİŞÇĞÖÜ ", min_size=1, max_size=30
).filter(str.strip)
action = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.fixed_dictionaries({"full_name": names})),
    st.tuples(
        st.just("edit"),
        st.integers(0, 2),
        st.fixed_dictionaries({"household_size": st.integers(1, 30)}),
    ),
    st.tuples(
        st.just("bad_edit"),
        st.integers(0, 2),
        st.fixed_dictionaries({"household_size": st.integers(31, 99)}),
    ),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just({})),
    st.tuples(st.just("restore"), st.integers(0, 2), st.just({})),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(action, min_size=1, max_size=25))
def test_history_always_ends_at_the_current_version(template_db: Path, steps: list[Any]) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        copy_db(template_db, folder / "p.db")
        with open_database(folder / "p.db") as db:
            make = Factory(db)
            ids = [make.create("person", full_name=f"P{i}")["id"] for i in range(3)]
            expected = {i: 1 for i in ids}
            for kind, which, values in steps:
                rid = ids[which]
                before = store.get(db, "person", rid)
                if kind == "bad_edit":
                    try:
                        store.update(db, "person", rid, values)
                    except ValueError:
                        pass
                    assert store.get(db, "person", rid) == before
                    continue
                if kind == "edit":
                    _, change = store.update(db, "person", rid, values)
                elif kind == "delete":
                    _, change = store.delete(db, "person", rid)
                else:
                    _, change = store.restore(db, "person", rid)
                if change.action != "unchanged":
                    expected[rid] += 1
                current = store.get(db, "person", rid)
                assert current["version"] == expected[rid]
                history = store.history(db, "person", rid)
                assert [h.version for h in history] == list(range(1, expected[rid] + 1))
                assert history[-1].deleted == current["deleted"]
                assert history[-1].fingerprint == store.fingerprint(
                    store.canonical(store.content_of(records.get("person"), current))
                )
            report = check.run(db)
            assert report.ok, report.problems
    finally:
        shutil.rmtree(folder)
