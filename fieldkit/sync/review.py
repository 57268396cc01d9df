"""Conflicts: two revisions of one record that neither derives from.

A record's open conflicts follow from its revision graph (heads that changed
one field differently, or an edit against a delete; fieldkit.store.refresh
keeps them). Here a person reviews them: :func:`open_conflicts` shows both
sides, their common ancestor and which fields differ; :func:`resolve` saves the
chosen content as a resolution: a revision whose parents are all the heads,
so it closes the conflict on every database it reaches. Nothing else closes
one — a later unrelated edit of either side leaves it open.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa

from fieldkit import query, records, store
from fieldkit.records import Conflict
from fieldkit.storage.database import Database

CONFLICTS: sa.Table = Conflict.__table__  # type: ignore[attr-defined]
REVISIONS = store.REVISIONS
Pick = Literal["a", "b"]


@dataclass(frozen=True)
class Side:
    seq: int
    version: int
    updated_at: datetime
    device_id: str
    deleted: bool
    content: dict[str, Any]
    source: str | None


@dataclass(frozen=True)
class ConflictView:
    seq: int
    record_type: str
    record_id: str
    title: str
    a: Side
    b: Side  # the side that currently stands (the greater revision)
    differing: list[str]  # field names, in declaration order; "deleted" if that differs
    detected_at: datetime


def _side(m: Any, p: str) -> Side:
    return Side(
        seq=m[f"{p}_seq"],
        version=m[f"{p}_version"],
        updated_at=m[f"{p}_updated_at"],
        device_id=m[f"{p}_device_id"],
        deleted=m[f"{p}_deleted"],
        content=json.loads(m[f"{p}_content"]),
        source=m[f"{p}_source"],
    )


def open_conflicts(db: Database, record_type: str | None = None) -> list[ConflictView]:
    """Conflicts waiting for a person, oldest first."""
    ra, rb = REVISIONS.alias("ra"), REVISIONS.alias("rb")
    stmt = (
        sa.select(
            CONFLICTS,
            *(ra.c[k].label(f"a_{k}") for k in ra.c.keys()),
            *(rb.c[k].label(f"b_{k}") for k in rb.c.keys()),
        )
        .join(ra, ra.c.seq == CONFLICTS.c.revision_a)
        .join(rb, rb.c.seq == CONFLICTS.c.revision_b)
        .where(CONFLICTS.c.resolved_at.is_(None))
        .order_by(CONFLICTS.c.detected_at, CONFLICTS.c.seq)
    )
    if record_type:
        stmt = stmt.where(CONFLICTS.c.record_type == record_type)
    with db.connect() as conn:
        rows = conn.execute(stmt).all()
    views = []
    titles: dict[tuple[str, str], str] = {}
    for name in {r.record_type for r in rows}:
        ids = [r.record_id for r in rows if r.record_type == name]
        titles.update({(name, k): v for k, v in query.titles(db, name, ids).items()})
    for r in rows:
        m = r._mapping
        a, b = _side(m, "a"), _side(m, "b")
        rtype = records.get(r.record_type)
        differing = [f for f in rtype.field_names() if a.content.get(f) != b.content.get(f)]
        if a.deleted != b.deleted:
            differing.append("deleted")
        views.append(
            ConflictView(
                r.seq,
                r.record_type,
                r.record_id,
                titles.get((r.record_type, r.record_id), r.record_id),
                a,
                b,
                differing,
                r.detected_at,
            )
        )
    return views


def resolve(db: Database, seq: int, picks: Mapping[str, Pick] | Pick) -> store.Change:
    """Save the chosen content as a resolution (parents: every head); close the conflict.

    *picks* is ``"a"`` or ``"b"`` for a whole side, or a field → side mapping
    (fields left out keep what the record shows: side ``b`` where they conflict). Every other open
    conflict on the same record is closed by the same revision.
    """
    view = next((v for v in open_conflicts(db) if v.seq == seq), None)
    if view is None:
        raise LookupError(f"conflict {seq} is not open")
    rtype = records.get(view.record_type)
    if isinstance(picks, str):
        picks = dict.fromkeys([*rtype.field_names(), "deleted"], picks)
    unknown = set(picks) - {*rtype.field_names(), "deleted"}
    if unknown:
        raise ValueError(f"not fields of {rtype.label.lower()}: {', '.join(sorted(unknown))}")
    sides = {"a": view.a, "b": view.b}
    with db.connect() as conn:
        merged = store.state(conn, rtype, view.record_id)
    # Unpicked fields keep what the record shows (its clean merges included);
    # a field picked from a side takes that side's value.
    content = {}
    for f in rtype.field_names():
        side = picks.get(f)
        content[f] = merged.content.get(f) if side is None else sides[side].content.get(f)
    deleted = sides[picks.get("deleted", "b")].deleted
    typed = store.content_from_json(rtype, store.canonical(content))
    _row, change = store.update(
        db, view.record_type, view.record_id, typed, deleted=deleted, resolution=True
    )
    return change
