"""Generalising quasi-identifiers, and k-anonymity by coarsening then suppression.

A field declared ``personal=QUASI`` (district, village, birth year, sex, dates,
GPS) does not name anyone, but a few of them together often do: on the demo
data, district, village, birth year and sex single out most people. In a
partner's export each is first generalised (:data:`EXACT`): dates to the month,
whole numbers (birth years) to a band of 5, coordinates to 0.01° (about 1.1 km
north–south, 0.85 km east–west at 40° N). Then, over the rows of a record type
about a person, every combination of quasi-identifiers must be shared by at
least *k* rows. A row whose combination is rarer climbs a ladder, together with
every row that shows the same combination, one step at a time until its class
is large enough — what partners need least goes first:

1. :data:`YEAR` — dates to the year;
2. :data:`FOLD` — villages folded into their district (the village is left out,
   the district stays);
3. :data:`NO_DATES` — dates left out;
4. :data:`WIDER` — birth years to a band of 10, coordinates to 0.1°;
5. :data:`NO_NUMBERS` — birth years and coordinates left out;
6. :data:`SUPPRESSED` — every quasi-identifier blank (district and sex too);
   the row still counts (its visits, its assistance, its vulnerability), it
   just cannot be placed.

If fewer than *k* rows end up suppressed, they could still be told apart from
everyone else, so they are left out of the export altogether (:attr:`Plan.dropped`).

Only rows climb, never the whole export: most rows keep their district, sex and
birth band. Moving a whole class never shrinks another class, so every class
that was large enough stays so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fieldkit.declare import FieldSpec, Kind, Personal, RecordType

EXACT, YEAR, FOLD, NO_DATES, WIDER, NO_NUMBERS, SUPPRESSED = range(7)
# Each step's name on the about sheet.
STEPS = {
    YEAR: "dates_to_year",
    FOLD: "villages_to_districts",
    NO_DATES: "dates_left_out",
    WIDER: "birth_years_to_10_years",
    NO_NUMBERS: "birth_years_left_out",
}
GENERALISED = "dates to the month; birth years to 5 years; GPS to 0.01° (about 1 km)"
DEFAULT_K = 5


def quasi(rtype: RecordType) -> list[FieldSpec]:
    return rtype.personal(Personal.QUASI)


def generalise(
    rtype: RecordType,
    spec: FieldSpec,
    value: Any,
    level: int,
    ref: Callable[[FieldSpec, str], Any] = lambda _s, v: v,
) -> Any:
    """*value* of the quasi-identifier *spec* as shown at *level*; *ref* turns a
    reference into what the export shows (a pseudonym)."""
    if value is None or value == "" or level >= SUPPRESSED:
        return None
    kind = spec.kind
    if kind is Kind.REF:
        if level >= FOLD and spec.name != rtype.district_field:
            return None  # a village folded into the district beside it
        return ref(spec, value)
    if kind is Kind.DATE:
        if level >= NO_DATES:
            return None
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return f"{day:%Y}" if level >= YEAR else f"{day:%Y-%m}"
    if kind in (Kind.INT, Kind.FLOAT) and level >= NO_NUMBERS:
        return None
    if kind is Kind.INT:
        width = 10 if level >= WIDER else 5
        low = int(value) - int(value) % width
        return f"{low}–{low + width - 1}"
    if kind is Kind.FLOAT:
        return round(float(value), 1 if level >= WIDER else 2)
    return value  # a choice (sex), a flag: already coarse


@dataclass
class Plan:
    """Where each row of one record type stands on the ladder."""

    k: int
    fields: tuple[str, ...]
    level: dict[str, int] = field(default_factory=dict)  # row id -> level; dropped ids absent
    dropped: int = 0
    smallest: int = 0  # the smallest class among the rows kept

    def moved(self, level: int) -> int:
        return sum(1 for v in self.level.values() if v == level)


def plan(rtype: RecordType, rows: Iterable[tuple[str, Sequence[Any]]], k: int) -> Plan:
    """The ladder for *rows*: (id, the values of :func:`quasi` fields in order)."""
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    specs = quasi(rtype)
    values = dict(rows)
    result = Plan(k, tuple(s.name for s in specs))
    level = dict.fromkeys(values, EXACT)

    def shown(rid: str) -> tuple[Any, ...]:
        at = level[rid]
        return tuple(generalise(rtype, s, v, at) for s, v in zip(specs, values[rid], strict=True))

    for step in range(YEAR, SUPPRESSED + 1):
        key = {rid: shown(rid) for rid in level}
        counts = Counter(key.values())
        small = [rid for rid in level if counts[key[rid]] < k]
        if not small:
            break
        for rid in small:
            level[rid] = step
    key = {rid: shown(rid) for rid in level}
    counts = Counter(key.values())
    for rid in [r for r in level if counts[key[r]] < k]:
        del level[rid]  # fewer than k suppressed: even a blank row would stand out
        result.dropped += 1
    result.level = level
    kept = Counter(key[r] for r in level)
    result.smallest = min(kept.values(), default=0)
    return result
