"""Likely duplicate people: the same family registered twice under different ids.

Names are compared after a normalisation that lets spelling variants and
transliterations meet (Məmmədov / Mammadov / Мамедов): the search fold of
:mod:`fieldkit.text.fold` (ə→a, ş→s, İ/ı→i …, its one Cyrillic → Latin table,
doubled letters collapsed, and the e/a and -yev/-ev endings that differ between
Russian- and Azerbaijani-style spellings), so a name search finds and a duplicate
pair meets by the same rule; :func:`name_key` adds what romanisations do to names
(Javid / Джавид / Cavid, Оруджев / Orucov).

A name is then split into its words and the father's name (``Rəşad Əli oğlu``,
``Рашидович``), and the words are paired in the best order (surname first or
last). Each pair of words is scored on its own (:func:`word_score`), because one
word that is another name makes another person however alike the rest is: a
dropped, doubled or swapped letter is a slip, but one letter changed (Rəşad /
Rəşid), another first letter (Əliyev / Vəliyev) or another surname ending
(Həsənov / Həsənli) is another name. Two different fathers' names make two people.
Candidates share a district and a birth year (±1); a shared village raises the
score and two different villages lower it. Nothing is ever merged automatically.

``benchmarks/bench_duplicates.py`` measures precision and recall on a labelled
set of pairs (``tests/fixtures/duplicates/pairs.csv``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from fieldkit import records
from fieldkit.storage.database import Database
from fieldkit.text.fold import fold


def name_key(name: str | None) -> str:
    """The comparison form of a name; variants of one name share it or come close:
    the search fold (which transliterates Cyrillic), then letters and spaces only,
    then what romanisations add to it: *j* and Russian *dj* / *dzh* for *c*
    (Javid, Джавид, Dzhavid / Cavid), and the Russian *-ev* ending for *-ov*
    (Оруджев / Orucov)."""
    raw = (name or "").lower().replace("dzh", "c").replace("zh", "j")
    key = re.sub(r"[^a-z ]", "", fold(raw)).replace("dj", "c").replace("j", "c")
    key = _RUSSIAN_ENDING.sub(r"o\1", key)
    return " ".join(_DOUBLE.sub(r"\1", key).split())


_RUSSIAN_ENDING = re.compile(r"(?<=[a-z]{2})a(va?)\b")  # folded -ev/-eva (e is a) -> -ov/-ova
_DOUBLE = re.compile(r"(.)\1+")
# A patronymic: the father's name before oğlu / qızı (оглы, кызы), or the Russian
# form, one word ending in -ovich / -ovna (-evich / -evna), all as folded.
_SON_DAUGHTER = frozenset({"oglu", "ogli", "ogly", "kizi"})
_RUSSIAN_PATRONYMIC = re.compile(r"^([a-z]{3,}?)(?:ovic|ovna|avic|avna)$")


@dataclass(frozen=True)
class Name:
    """A name split into its own words (given name, surname, any other) and the
    father's name when a patronymic is written; for each word, whether it is
    written with the dotless ı (which the fold makes i and Russian writes у)."""

    words: tuple[str, ...]
    father: str | None
    dotless: tuple[bool, ...] = ()

    @property
    def key(self) -> str:
        return " ".join(self.words)

    @property
    def signature(self) -> str:
        """All that :func:`name_score` reads, as one string."""
        dotless = "".join("ı" if d else "i" for d in self.dotless)
        return f"{self.key}/{self.father or ''}/{dotless}"


def parse(name: str | None) -> Name:
    """*name* as words compared one by one (:func:`name_key` of each), with the
    patronymic taken out: the word before oğlu / qızı, or a Russian -ovich / -ovna."""
    words = [(w, "ı" in raw) for raw in (name or "").split() for w in name_key(raw).split()]
    father = None
    for i, (w, _dotless) in enumerate(words):
        if w in _SON_DAUGHTER and i > 0:
            father = words[i - 1][0]
            words = words[: i - 1] + words[i + 1 :]
            break
    else:
        for i, (w, _dotless) in enumerate(words):
            match = _RUSSIAN_PATRONYMIC.match(w)
            if match and len(words) > 2:
                father = match.group(1)
                words = words[:i] + words[i + 1 :]
                break
    return Name(tuple(w for w, _d in words), father, tuple(d for _w, d in words))


@dataclass(frozen=True)
class Candidate:
    a: str  # person ids, a < b
    b: str
    score: float  # 0–100
    name_a: str
    name_b: str
    reasons: tuple[str, ...]


# How alike two words are, as a reviewer would judge two spellings of a name.
# Spelling variants and transliterations are folded away by name_key; what is
# left is either a slip of the keyboard (a letter dropped, doubled or two swapped)
# or another name: in Azerbaijani one letter changed usually makes another real
# name (Rəşad / Rəşid, Ramil / Ramiz, Kamil / Kamal), a different first letter
# another surname (Əliyev / Vəliyev, Səfərov / Cəfərov), and a different ending
# another surname form (Həsənov / Həsənli / Həsənzadə).
SLIP = 90.0  # a dropped, added or swapped letter
OTHER_NAME = 65.0  # at most, for a word that is another name
# Letters that still stand for one another after the fold: Russian г / х and
# к for q and h (Вагиф / Vaqif, Садых / Sadıq, Хикмет / Hikmət), i for y
# (Qulyev / Quliyev), п for b (Алекпер / Ələkbər); and у for ı (Касумов / Qasımov)
# where one side is written with ı (Quliyev / Quluyev are two surnames).
_VARIANTS = frozenset(frozenset(p) for p in ("gk", "gx", "kx", "iy", "bp"))
_IU = frozenset("iu")
# At the end of a word a voiced consonant sounds, and is sometimes written, voiceless.
_FINAL = frozenset(frozenset(p) for p in ("zs", "dt", "bp", "gk"))
_MN = frozenset("mn")  # before b: Qəmbər / Ганбар
_VOWELS = frozenset("aeiou")
ONE_WORD = 80.0  # at most, for a name of one word against a longer one
_MOST_WORDS = 6  # words of a name paired up (every order is tried)
VARIANT_COST = 3.0  # for each letter that differs only as a transliteration does
_ENDINGS = (("zada", "zada"), ("ova", "ov"), ("ov", "ov"), ("li", "li"), ("lu", "li"))


def _ending(word: str) -> str | None:
    for end, form in _ENDINGS:
        if len(word) > len(end) + 2 and word.endswith(end):
            return form
    return None


@functools.lru_cache(maxsize=65536)
def word_score(w: str, v: str, dotless: bool = False) -> float:
    """0–100: how alike two folded words are as spellings of one name;
    *dotless*: one of them is written with ı."""
    if w == v:
        return 100.0
    ratio = fuzz.ratio(w, v)
    if not w or not v:
        return ratio
    if w[0] != v[0] and frozenset((w[0], v[0])) not in _VARIANTS:
        return min(ratio, OTHER_NAME)
    ew, ev = _ending(w), _ending(v)
    if ew and ev and ew != ev:
        return min(ratio, OTHER_NAME)
    if len(w) == len(v) and sorted(w) == sorted(v):
        differ = [i for i in range(len(w)) if w[i] != v[i]]
        if len(differ) == 2 and differ[1] == differ[0] + 1:
            return max(ratio, SLIP)  # two letters swapped
    variants = slips = 0
    for op in Levenshtein.editops(w, v):
        if op.tag == "replace":
            pair = frozenset((w[op.src_pos], v[op.dest_pos]))
            last = op.src_pos == len(w) - 1 and op.dest_pos == len(v) - 1
            before_b = op.src_pos + 1 < len(w) and w[op.src_pos + 1] in "bp"
            if not (
                pair in _VARIANTS
                or (dotless and pair == _IU)
                or (last and pair in _FINAL)
                or (before_b and pair == _MN)
            ):
                return min(ratio, OTHER_NAME)  # another letter: another name
            variants += 1
        else:
            letter = w[op.src_pos] if op.tag == "delete" else v[op.dest_pos]
            # A short name with a consonant more is another name (Emin / Elmin).
            if min(len(w), len(v)) <= 4 and letter not in _VOWELS:
                return min(ratio, OTHER_NAME)
            slips += 1
    if slips > 1:  # more than one slip in one word: rather another name
        return min(ratio, OTHER_NAME)
    return 100.0 - VARIANT_COST * variants - (100.0 - SLIP) * slips


def name_score(na: Name, nb: Name) -> float:
    """0–100: the words of two names paired up in the best order, the weakest
    pair counting as much as all together (one word another name means another
    person, however alike the rest); a word left over costs a little (a second
    given name, a father's name without oğlu); two fathers' names that differ
    make two people (cousins named after one grandfather)."""
    (short, sd), (long, ld) = sorted(
        ((n.words[:_MOST_WORDS], n.dotless or (False,) * len(n.words)) for n in (na, nb)),
        key=lambda words: len(words[0]),
    )
    if not short:
        return 0.0
    best: list[float] = []
    for order in itertools.permutations(range(len(long)), len(short)):
        got = [word_score(short[i], long[j], sd[i] or ld[j]) for i, j in enumerate(order)]
        if sum(got) > sum(best):
            best = got
    if not best:
        return 0.0
    name = (min(best) + sum(best) / len(best)) / 2 - 5 * (len(long) - len(short))
    if len(short) == 1 < len(long):  # one word alone says little about who it is
        name = min(name, ONE_WORD)
    if na.father and nb.father and word_score(na.father, nb.father) < SLIP:
        name = min(name, OTHER_NAME)
    return max(0.0, name)


# What a shared village and phone can add to the names' score (see score()).
_MOST_ADDED = 15.0


def score(
    pa: dict[str, Any], pb: dict[str, Any], name: float | None = None
) -> tuple[float, tuple[str, ...]]:
    """0–100 and why: the names' score (*name* if already known), then the rest
    of what a reviewer weighs: a birth year one off, the village (shared or two
    different ones), the phone, the sex."""
    if name is None:
        name = name_score(
            pa.get("_name") or parse(pa["full_name"]), pb.get("_name") or parse(pb["full_name"])
        )
    reasons = [f"names {name:.0f}% alike"]
    total = name
    if pa.get("birth_year") and pa.get("birth_year") == pb.get("birth_year"):
        reasons.append("same birth year")
    else:
        total -= 5
    if pa.get("village_id") and pa.get("village_id") == pb.get("village_id"):
        reasons.append("same village")
        total += 5
    elif pa.get("village_id") and pb.get("village_id"):
        total -= 5
    phone_a, phone_b = _digits(pa), _digits(pb)
    if phone_a and phone_a == phone_b:
        reasons.append("same phone")
        total += 10
    if pa.get("sex") != pb.get("sex"):
        total -= 15
        reasons.append("different sex")
    return max(0.0, min(100.0, total)), tuple(reasons)


def _digits(person: dict[str, Any]) -> str:
    if "_digits" not in person:
        person["_digits"] = re.sub(r"\D", "", person.get("phone") or "")
    return str(person["_digits"])


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
            person["_name"] = parse(person["full_name"])
            person["_key"] = person["_name"].key
            person["_sig"] = person["_name"].signature
            blocks[(row.district, row.birth_year)].append(person)
    found: dict[tuple[str, str], Candidate] = {}
    # A first pass in C (rapidfuzz's extract; cdist would need numpy, which the
    # desktop build leaves out) keeps only names close enough for the full score.
    first_pass = max(0.0, threshold - 25)
    names: dict[tuple[str, str], float] = {}  # the same two names recur in a district

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
                pair = (pa["_sig"], pb["_sig"])
                name = names.get(pair)
                if name is None:
                    name = names[pair] = name_score(pa["_name"], pb["_name"])
                if name + _MOST_ADDED < threshold:
                    continue
                s, why = score(pa, pb, name)
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
