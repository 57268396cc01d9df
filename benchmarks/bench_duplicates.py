"""Likely duplicates: how many of the pairs found are right, and how many right
pairs are found, on a labelled set of people; and how many pairs 100,000 demo
records give, with the time ``duplicates.find`` takes.

The labelled set (``tests/fixtures/duplicates/pairs.csv``) holds pairs of people
as volunteers register them — spelling variants, Cyrillic, word order, typos,
patronymics — each marked *same* or *different* with the reason. Its ``part``
column keeps 30 % of the pairs back (``held``): they were not looked at while
the scoring was tuned on the rest (``tune``), so their figures say how the rules
carry over to names they were not written for.

Every person of the set goes into one real database, ``duplicates.find`` runs
once at the app's threshold, and each labelled pair counts as found or not
(pairs the search makes between people of two different labelled pairs are not
labelled and not counted). The baseline, run in the same process on the same
people, is one whole-name rapidfuzz token-sort ratio at the same threshold on the
same candidates (district, birth year ±1), which is what a script would do.

``python -m benchmarks.bench_duplicates --misses`` lists the labelled pairs the
scoring gets wrong (tuning part only, unless ``--held`` is given).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.common import Result

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "duplicates" / "pairs.csv"
THRESHOLD = 85.0  # the app's default: the Likely duplicates screen and `duplicates --threshold`
PARTS = ("tune", "held")


@dataclass(frozen=True)
class Side:
    name: str
    birth_year: int | None
    sex: str
    district: str
    village: str | None


@dataclass(frozen=True)
class Pair:
    line: int  # in the CSV file, for a reader looking it up
    part: str  # "tune" or "held"
    a: Side
    b: Side
    same: bool
    note: str


def load_pairs(path: Path = FIXTURE) -> list[Pair]:
    """The labelled pairs; a malformed row stops with its line and column."""
    pairs = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):

            def side(s: str, row: dict[str, str] = row, line: int = line) -> Side:
                year = row[f"birth_year_{s}"].strip()
                if year and not year.isdigit():
                    raise ValueError(
                        f"{path.name} line {line}, birth_year_{s}: {year!r} is no year"
                    )
                return Side(
                    row[f"name_{s}"].strip(),
                    int(year) if year else None,
                    row[f"sex_{s}"].strip(),
                    row[f"district_{s}"].strip(),
                    row[f"village_{s}"].strip() or None,
                )

            if row["label"] not in ("same", "different") or row["part"] not in PARTS:
                raise ValueError(
                    f"{path.name} line {line}: label/part {row['label']}/{row['part']}"
                )
            pairs.append(
                Pair(line, row["part"], side("a"), side("b"), row["label"] == "same", row["note"])
            )
    return pairs


def add_people(db: Any, pairs: list[Pair]) -> list[tuple[str, str]]:
    """Each pair's two people in *db* (villages made as needed); their ids, pair by pair."""
    from fieldkit import store

    villages: dict[tuple[str, str], str] = {}
    people: list[dict[str, Any]] = []
    for pair in pairs:
        for s in (pair.a, pair.b):
            village_id = None
            if s.village:
                key = (s.district, s.village)
                if key not in villages:
                    made = store.create(db, "village", {"name": s.village, "district": s.district})
                    villages[key] = made["id"]
                village_id = villages[key]
            people.append(
                {
                    "full_name": s.name,
                    "sex": s.sex,
                    "birth_year": s.birth_year,
                    "district": s.district,
                    "village_id": village_id,
                    "displacement": "idp",
                    "consent_given": True,
                    "consent_date": "2025-01-10",
                }
            )
    ids = store.bulk_create(db, "person", people)
    return [(ids[2 * i], ids[2 * i + 1]) for i in range(len(pairs))]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.tp}/{self.tp + self.fp}), "
            f"recall {self.recall:.3f} ({self.tp}/{self.tp + self.fn})"
        )


Finder = Callable[..., list[Any]]


def measure(
    db: Any, pairs: list[Pair], ids: list[tuple[str, str]], find: Finder | None = None
) -> tuple[dict[str, Counts], list[tuple[Pair, bool]]]:
    """Counts per part (and "all") for *find* at the app's threshold, and the pairs it got wrong."""
    from fieldkit import duplicates

    found = {(c.a, c.b) for c in (find or duplicates.find)(db, threshold=THRESHOLD)}
    counts = {part: Counts() for part in (*PARTS, "all")}
    wrong: list[tuple[Pair, bool]] = []
    for pair, (a, b) in zip(pairs, ids, strict=True):
        flagged = tuple(sorted((a, b))) in found
        for part in (pair.part, "all"):
            c = counts[part]
            if pair.same:
                c.tp, c.fn = c.tp + flagged, c.fn + (not flagged)
            else:
                c.fp, c.tn = c.fp + flagged, c.tn + (not flagged)
        if flagged != pair.same:
            wrong.append((pair, flagged))
    return counts, wrong


def whole_name_find(db: Any, *, threshold: float = THRESHOLD) -> list[Any]:
    """The baseline: one token-sort ratio over the whole folded name, on the
    same candidates as ``duplicates.find`` (district, birth year ±1), the name
    folded by the search fold alone."""
    from rapidfuzz import fuzz, process

    from fieldkit import duplicates, records
    from fieldkit.text.fold import fold

    t = records.get("person").table
    blocks: dict[tuple[str, int | None], list[tuple[str, str]]] = defaultdict(list)
    with db.connect() as conn:
        stmt = sa.select(t.c.id, t.c.full_name, t.c.district, t.c.birth_year)
        for row in conn.execute(stmt.where(t.c.deleted.is_(False))):
            key = " ".join(re.sub(r"[^a-z ]", "", fold(row.full_name)).split())
            blocks[(row.district, row.birth_year)].append((row.id, key))
    found = []
    for (d, year), people in blocks.items():
        others = [(people, True)]
        if year is not None:
            others.append((blocks.get((d, year + 1), []), False))
        for right, same in others:
            keys = [k for _id, k in right]
            for i, (pid, key) in enumerate(people):
                for _k, s, j in process.extract(
                    key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, limit=None
                ):
                    if same and j <= i:
                        continue
                    a, b = sorted((pid, right[j][0]))
                    found.append(duplicates.Candidate(a, b, s, "", "", ()))
    return found


def run(records: int, workdir: Path) -> list[Result]:
    from fieldkit import demo, duplicates
    from fieldkit.workspace import open_database

    results = []
    pairs = load_pairs()
    with open_database(workdir / "labelled.db") as db:
        ids = add_people(db, pairs)
        ours_s, (ours, _wrong) = _timed(lambda: measure(db, pairs, ids))
        base_s, (base, _) = _timed(lambda: measure(db, pairs, ids, whole_name_find))
    for part in (*PARTS, "all"):
        n = sum(p.part == part for p in pairs) if part != "all" else len(pairs)
        results.append(
            Result(
                f"duplicates: labelled pairs, {'both parts' if part == 'all' else part + ' part'}"
                f" ({n} pairs, threshold {THRESHOLD:.0f})",
                ours_s,
                "whole-name token-sort ratio, same candidates",
                base_s,
                note=f"fieldkit {ours[part]}; baseline {base[part]}",
            )
        )
    with open_database(workdir / "demo.db") as db:
        demo.fill(db, records, seed=1, today=date(2026, 6, 30))
        people = _count_people(db)
        ours_s, found = _timed(lambda: duplicates.find(db, threshold=THRESHOLD))
        base_s, base_found = _timed(lambda: whole_name_find(db))
    results.append(
        Result(
            f"duplicates: find on {records} demo records ({people} people)",
            ours_s,
            "whole-name token-sort ratio, same candidates",
            base_s,
            note=f"{len(found)} pairs at {THRESHOLD:.0f} %; baseline {len(base_found)} pairs",
        )
    )
    return results


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _count_people(db: Any) -> int:
    from fieldkit import query

    return query.count(db, "person", query.Filter())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the pairs scored wrongly")
    parser.add_argument("--held", action="store_true", help="include the held-back part")
    args = parser.parse_args()
    from fieldkit import duplicates
    from fieldkit.workspace import open_database

    if not os.environ.get("FIELDKIT_PASSPHRASE_FILE"):  # a throw-away database
        secret = Path(tempfile.mkdtemp(prefix="fieldkit-bench-")) / "passphrase"
        secret.write_text("benchmark passphrase\n", encoding="utf-8")
        os.environ["FIELDKIT_PASSPHRASE_FILE"] = str(secret)
    pairs = load_pairs()
    shown = PARTS if args.held else ("tune",)
    with tempfile.TemporaryDirectory() as work, open_database(Path(work) / "l.db") as db:
        ids = add_people(db, pairs)
        counts, wrong = measure(db, pairs, ids)
        for part in shown:
            print(f"{part}: {counts[part]}")
        if args.misses:
            for pair, flagged in wrong:
                if pair.part in shown:
                    pa, pb = _as_person(pair.a), _as_person(pair.b)
                    s, why = duplicates.score(pa, pb)
                    kind = "false pair" if flagged else "missed"
                    print(f"  {kind} line {pair.line}: {pair.a.name} / {pair.b.name} {s:.0f} {why}")


def _as_person(s: Side) -> dict[str, Any]:
    return {
        "full_name": s.name,
        "birth_year": s.birth_year,
        "sex": s.sex,
        "village_id": s.village,
        "phone": None,
    }


if __name__ == "__main__":
    main()
