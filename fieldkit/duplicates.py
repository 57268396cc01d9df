"""Likely duplicate people: the same family registered twice under different ids.

Names are compared after a normalisation that lets spelling variants and
transliterations meet (Məmmədov / Mammadov / Мамедов): the search fold of
:mod:`fieldkit.text.fold` (ə→a, ş→s, İ/ı→i …, its one Cyrillic → Latin table,
doubled letters collapsed, and the e/a and -yev/-ev endings that differ between
Russian- and Azerbaijani-style spellings), so a name search finds and a duplicate
pair meets by the same rule. Scores come from rapidfuzz (token-sort ratio, so
"Əliyev Rəşad" meets "Rəşad Əliyev"). Candidates share a district and a birth
year (±1), and a shared village raises the score. Nothing is ever merged automatically.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process

from fieldkit import records
from fieldkit.storage.database import Database
from fieldkit.text.fold import fold


def name_key(name: str | None) -> str:
    """The comparison form of a name; variants of one name share it or come close:
    the search fold (which transliterates Cyrillic), then letters and spaces only."""
    return " ".join(re.sub(r"[^a-z ]", "", fold(name)).split())


@dataclass(frozen=True)
class Candidate:
    a: str  # person ids, a < b
    b: str
    score: float  # 0–100
    name_a: str
    name_b: str
    reasons: tuple[str, ...]


def score(pa: dict[str, Any], pb: dict[str, Any]) -> tuple[float, tuple[str, ...]]:
    ka = pa.get("_key") or name_key(pa["full_name"])
    kb = pb.get("_key") or name_key(pb["full_name"])
    # Word order differs between registers (surname first or last).
    name = max(fuzz.ratio(ka, kb), fuzz.token_sort_ratio(ka, kb))
    # Same surname, different first name is a relative, not a duplicate: every
    # word must find a close partner in the other name.
    ta, tb = ka.split(), kb.split()
    if ta and tb:
        weakest = min(max(fuzz.ratio(w, v) for v in tb) for w in ta)
        if weakest < 80:
            name = min(name, weakest)
    reasons = [f"names {name:.0f}% alike"]
    total = name
    if pa.get("birth_year") and pa.get("birth_year") == pb.get("birth_year"):
        reasons.append("same birth year")
    else:
        total -= 5
    if pa.get("village_id") and pa.get("village_id") == pb.get("village_id"):
        reasons.append("same village")
        total += 5
    if (
        pa.get("phone")
        and pb.get("phone")
        and re.sub(r"\D", "", pa["phone"]) == re.sub(r"\D", "", pb["phone"])
    ):
        reasons.append("same phone")
        total += 10
    if pa.get("sex") != pb.get("sex"):
        total -= 15
        reasons.append("different sex")
    return max(0.0, min(100.0, total)), tuple(reasons)


def find(db: Database, *, threshold: float = 85.0, district: str | None = None) -> list[Candidate]:
    """Pairs of live people likely to be the same, best first."""
    t = records.get("person").table
    cols = [t.c.id, t.c.full_name, t.c.birth_year, t.c.district, t.c.village_id, t.c.phone, t.c.sex]
    stmt = sa.select(*cols).where(t.c.deleted.is_(False))
    if district:
        stmt = stmt.where(t.c.district == district)
    blocks: dict[tuple[str, int | None], list[dict[str, Any]]] = defaultdict(list)
    with db.connect() as conn:
        for row in conn.execute(stmt):
            person = dict(row._mapping)
            person["_key"] = name_key(person["full_name"])
            blocks[(row.district, row.birth_year)].append(person)
    found: dict[tuple[str, str], Candidate] = {}
    # A first pass in C (rapidfuzz's extract; cdist would need numpy, which the
    # desktop build leaves out) keeps only names close enough for the full score.
    first_pass = max(0.0, threshold - 25)

    def compare(left: list[dict[str, Any]], right: list[dict[str, Any]], same: bool) -> None:
        if not left or not right:
            return
        keys = [p["_key"] for p in right]
        for i, pa in enumerate(left):
            close = {
                j
                for scorer in (fuzz.ratio, fuzz.token_sort_ratio)  # as score() compares
                for _key, _score, j in process.extract(
                    pa["_key"], keys, scorer=scorer, score_cutoff=first_pass, limit=None
                )
            }
            for j in sorted(close):
                if same and j <= i:
                    continue
                pb = right[j]
                s, why = score(pa, pb)
                if s >= threshold:
                    a, b = sorted((pa, pb), key=lambda p: p["id"])
                    found[(a["id"], b["id"])] = Candidate(
                        a["id"], b["id"], round(s, 1), a["full_name"], b["full_name"], why
                    )

    for (d, year), people in blocks.items():
        compare(people, people, True)
        if year is not None:  # a birth year misremembered by one
            compare(people, blocks.get((d, year + 1), []), False)
    return sorted(found.values(), key=lambda c: (-c.score, c.a, c.b))


# --- merging a reviewed pair ------------------------------------------------------


@dataclass(frozen=True)
class Merged:
    survivor_id: str
    merged_id: str
    moved: dict[str, int]  # record type -> records re-pointed to the survivor


def merge_people(db: Database, survivor_id: str, merged_id: str, reason: str = "") -> Merged:
    """Merge a reviewed pair: *merged_id*'s visits and assistance point to
    *survivor_id*, a ``person_merge`` record says so, and *merged_id* becomes a
    tombstone. One transaction; every step is a new revision, so it travels in
    the next export and the history keeps everything."""
    from fieldkit import store

    if survivor_id == merged_id:
        raise ValueError("a person cannot be merged into themselves")
    moved: dict[str, int] = {}
    with db.transaction() as conn:
        for pid in (survivor_id, merged_id):
            row = conn.execute(sa.select(_people().c.deleted).where(_people().c.id == pid)).first()
            if row is None or row.deleted:
                raise ValueError(f"no live person / household {pid} to merge")
        store.create(
            db,
            "person_merge",
            {"merged_id": merged_id, "survivor_id": survivor_id, "reason": reason or None},
            conn=conn,
        )
        for rtype in records.record_types():
            for spec in rtype.refs():
                if spec.ref != "person" or rtype.name == "person_merge":
                    continue
                t = rtype.table
                ids = (
                    conn.execute(
                        sa.select(t.c.id).where(t.c[spec.name] == merged_id, t.c.deleted.is_(False))
                    )
                    .scalars()
                    .all()
                )
                for rid in ids:
                    store.update(db, rtype.name, rid, {spec.name: survivor_id}, conn=conn)
                if ids:
                    moved[rtype.name] = moved.get(rtype.name, 0) + len(ids)
        store.delete(db, "person", merged_id, conn=conn)
    return Merged(survivor_id, merged_id, moved)


def _people() -> sa.Table:
    return records.get("person").table
