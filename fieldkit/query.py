"""Listing and searching records with filters, a page at a time.

Free text is folded (:mod:`fieldkit.text.fold`) and matched against the stored search
keys: the record's own and those of the records it refers to, so a home visit is
found by the family's name and a session by its village or district. Every term
must match somewhere. A key stored before the fold's reduced alphabet (and not
saved since) holds the letters-only fold; each term is matched in that form too,
so such a record is found as it was before. Nothing here loads more than the page
asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles

from fieldkit import records
from fieldkit.declare import FieldSpec, Kind, RecordType
from fieldkit.storage.database import Database
from fieldkit.text.collate import az_order
from fieldkit.text.fold import letter_terms, search_terms


@dataclass(frozen=True)
class Filter:
    text: str = ""
    district: str | None = None  # ISO code, e.g. "AZ-LAC"
    date_from: date | None = None
    date_to: date | None = None
    include_deleted: bool = False
    deleted_only: bool = False


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _base(
    rtype: RecordType, flt: Filter, *, through: tuple[str, sa.FromClause] | None = None
) -> sa.Select[Any]:
    """The matching records; *through*: (a reference column, an alias of what it
    names) read first and joined to them (:func:`sorted_through`)."""
    t = rtype.table
    stmt = sa.select(t)
    joined: dict[str, sa.FromClause] = {}
    if through is not None:
        name, named = through
        key = named.c[rtype.field(name).ref_key]
        stmt = stmt.select_from(_CrossJoin(named, t, t.c[name] == key))
        joined[name] = named
    conditions: list[sa.ColumnElement[bool]] = []
    if flt.deleted_only:
        conditions.append(t.c.deleted.is_(True))
    elif not flt.include_deleted:
        conditions.append(t.c.deleted.is_(False))

    def join_ref(name: str) -> sa.FromClause:
        nonlocal stmt
        if name not in joined:
            spec = rtype.field(name)
            assert spec.ref is not None
            target = records.get(spec.ref).table.alias(f"ref_{name}")
            stmt = stmt.outerjoin(target, t.c[name] == target.c[spec.ref_key])
            joined[name] = target
        return joined[name]

    terms = search_terms(flt.text)
    if terms:
        keys: list[sa.ColumnElement[str]] = [t.c.search_key]
        for spec in rtype.refs():
            assert spec.ref is not None
            if records.get(spec.ref).searchable():
                keys.append(join_ref(spec.name).c.search_key)
        for term, letters in zip(terms, letter_terms(flt.text), strict=True):
            patterns = {f"%{_escape(term)}%", f"%{_escape(letters)}%"}
            conditions.append(
                sa.or_(*(k.like(p, escape="\\") for k in keys for p in sorted(patterns)))
            )

    if flt.district and rtype.district_field:
        via, _, column = rtype.district_field.partition(".")
        if column:
            conditions.append(join_ref(via).c[column] == flt.district)
        else:
            conditions.append(t.c[via] == flt.district)
    if rtype.date_field:
        when = t.c[rtype.date_field]
        if flt.date_from:
            conditions.append(when >= flt.date_from)
        if flt.date_to:
            conditions.append(when <= flt.date_to)
    return stmt.where(*conditions)


def count(db: Database, type_name: str, flt: Filter | None = None) -> int:
    rtype = records.get(type_name)
    stmt = _base(rtype, flt or Filter()).with_only_columns(sa.func.count(rtype.table.c.id))
    with db.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def search(
    db: Database,
    type_name: str,
    flt: Filter | None = None,
    *,
    order_by: str | None = None,
    descending: bool | None = None,
    limit: int = 200,
    offset: int = 0,
    alphabetical: bool = False,
    labels: Mapping[str, str] | None = None,
    total: int | None = None,
) -> list[dict[str, Any]]:
    """One page of matching records, newest first unless told otherwise.

    With *alphabetical*, text columns sort in Azerbaijani alphabet order
    (:func:`fieldkit.text.collate.az_order`): Ağayev before Aydın, Əliyev after Eyvazov.
    A reference column sorts by the title of the record it names (a village by
    its name, a person by name then birth year), as a list shows it, not by the
    hidden id; a choice column by *labels* (code → the label shown), when given.

    The page's ids are sorted first and its rows read after them, so the sort
    holds ids, not whole rows. A list's own sorts are read off an index
    (:func:`sort_indexes`), so a page costs the rows it skips in the index, not
    a sort of every matching row. Given the *total* matching (``count``), a page
    past the middle is read from the other end, in reverse: the last page
    (Ctrl+End) costs what the first does.
    """
    rtype = records.get(type_name)
    t = rtype.table
    backwards = total is not None and offset > total - offset - limit
    if backwards:
        assert total is not None
        limit, offset = min(limit, total - offset), max(total - offset - limit, 0)
    limit = max(limit, 0)  # past the end: nothing (SQLite reads a negative limit as none)
    flt = flt or Filter()
    column = order_by or default_order(rtype)
    with db.connect() as conn:
        down = _descending(rtype, column, descending) != backwards
        if sorted_by_groups(rtype, column) and (labels or _is_ref(rtype, column)):
            ids = _page_by_groups(conn, rtype, flt, column, labels, down, limit, offset)
        elif sorted_through(rtype, column):
            ids = _page_through(conn, rtype, flt, column, down, limit, offset)
        else:
            ids_stmt = page_ids(
                rtype,
                flt,
                order_by=column,
                descending=descending,
                alphabetical=alphabetical,
                labels=labels,
                backwards=backwards,
            )
            ids = list(conn.execute(ids_stmt.limit(limit).offset(offset)).scalars())
        if backwards:
            ids.reverse()
        rows = {r.id: dict(r._mapping) for r in conn.execute(sa.select(t).where(t.c.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def page_ids(
    rtype: RecordType,
    flt: Filter,
    *,
    order_by: str | None = None,
    descending: bool | None = None,
    alphabetical: bool = False,
    labels: Mapping[str, str] | None = None,
    backwards: bool = False,
) -> sa.Select[Any]:
    """The ids of the records :func:`search` lists, in its order (reversed if
    *backwards*), before its limit and offset."""
    t = rtype.table
    column = order_by or default_order(rtype)
    desc = _descending(rtype, column, descending)
    stmt = _base(rtype, flt)
    keys: list[Any] = [t.c[column]]
    spec = rtype.field(column) if column in rtype.field_names() else None
    if spec is not None and spec.kind is Kind.REF and spec.ref:
        target = records.get(spec.ref)
        shown = target.table.alias(f"sort_{column}")
        stmt = stmt.outerjoin(shown, t.c[column] == shown.c[spec.ref_key])
        keys = [
            az_order(shown.c[f]) if target.field(f).kind in TEXT_KINDS else shown.c[f]
            for f in target.title_fields
        ]
    elif spec is not None and labels and spec.kind is Kind.CHOICE:
        keys = [az_order(sa.case(dict(labels), value=t.c[column], else_=t.c[column]))]
    elif alphabetical and spec is not None and spec.kind in TEXT_KINDS:
        keys = [az_order(t.c[column])]
    keys.append(t.c.id)  # ties in a stable order, reversed with the rest
    down = desc != backwards
    return stmt.with_only_columns(t.c.id).order_by(*(k.desc() if down else k.asc() for k in keys))


# --- a reference column, sorted by the title of the record it names -----------
#
# Joining every row to the record it names and sorting them all by its title
# costs seconds at a million rows, at each page. Reference data (villages,
# districts, staff) are few: their titles are sorted here, the rows counted per
# record named (an index on the column), and a page read group by group, each
# in id order, which is the order the join gave (title, then id). A choice
# column sorted by its labels is read so too, a group per label.


def sorted_by_groups(rtype: RecordType, column: str) -> bool:
    """Whether a list of *rtype* sorted by *column* is read group by group: a
    choice (by the labels shown), or a reference to reference data named by
    text alone."""
    if column not in rtype.field_names():
        return False
    spec = rtype.field(column)
    if spec.kind is Kind.CHOICE:
        return True
    if spec.kind is not Kind.REF or not spec.ref:
        return False
    target = records.get(spec.ref)
    return (
        target.reference
        and bool(target.title_fields)
        and all(target.field(f).kind in TEXT_KINDS for f in target.title_fields)
    )


def _is_ref(rtype: RecordType, column: str) -> bool:
    return rtype.field(column).kind is Kind.REF


def group_counts(rtype: RecordType, flt: Filter, column: str) -> sa.Select[Any]:
    """How many matching records hold each value of *column* (NULL: none)."""
    c = rtype.table.c[column]
    return _base(rtype, flt).with_only_columns(c, sa.func.count()).group_by(c)


def group_page(
    rtype: RecordType, flt: Filter, column: str, named: list[str | None], down: bool
) -> sa.Select[Any]:
    """The ids of the matching records whose *column* holds one of *named*
    (None: nothing), in id order (reversed if *down*), before limit and offset."""
    t = rtype.table
    c = t.c[column]
    present = [n for n in named if n is not None]
    cond: sa.ColumnElement[bool] = c == present[0] if len(present) == 1 else c.in_(present)
    if None in named:
        cond = sa.or_(cond, c.is_(None)) if present else c.is_(None)
    return (
        _base(rtype, flt)
        .with_only_columns(t.c.id)
        .where(cond)
        .order_by(t.c.id.desc() if down else t.c.id.asc())
    )


def _group_keys(
    conn: sa.Connection,
    spec: FieldSpec,
    labels: Mapping[str, str] | None,
    values: list[str | None],
) -> dict[str | None, tuple[str, ...]]:
    """The sort key of each of *values* of *spec*'s column: its label's (a
    choice; a code without one by itself), or the title's of the record named."""
    if spec.kind is Kind.CHOICE:
        assert labels is not None
        shown = [labels.get(v, v) for v in values if v is not None]
        keys = (
            conn.execute(sa.select(*(az_order(sa.literal(x)) for x in shown))).one()
            if shown
            else ()
        )
        found: dict[str | None, tuple[str, ...]] = dict(
            zip([v for v in values if v is not None], ((str(k),) for k in keys), strict=True)
        )
        found[None] = ("",)  # what az_order makes of no label
        return found
    assert spec.ref is not None
    target = records.get(spec.ref)
    tt = target.table
    shown_titles = sa.select(tt.c[spec.ref_key], *(az_order(tt.c[f]) for f in target.title_fields))
    titles = {row[0]: tuple(row[1:]) for row in conn.execute(shown_titles)}
    missing = tuple("" for _ in target.title_fields)  # what az_order makes of no title
    return {v: titles.get(v, missing) for v in values}


def _page_by_groups(
    conn: sa.Connection,
    rtype: RecordType,
    flt: Filter,
    column: str,
    labels: Mapping[str, str] | None,
    down: bool,
    limit: int,
    offset: int,
) -> list[str]:
    counts: dict[str | None, int] = {
        named: int(n) for named, n in conn.execute(group_counts(rtype, flt, column))
    }
    key_of = _group_keys(conn, rtype.field(column), labels, list(counts))
    groups: dict[tuple[str, ...], list[str | None]] = {}
    for named in counts:
        groups.setdefault(key_of[named], []).append(named)
    ids: list[str] = []
    # Python orders str by code point, as SQLite's binary collation orders UTF-8.
    for key in sorted(groups, reverse=down):
        if len(ids) >= limit:
            break
        named_here = groups[key]
        n = sum(counts[x] for x in named_here)
        if offset >= n:
            offset -= n
            continue
        stmt = group_page(rtype, flt, column, named_here, down)
        ids += conn.execute(stmt.limit(limit - len(ids)).offset(offset)).scalars()
        offset = 0
    return ids


# A reference to records that are many (the person a visit is about) is read
# the other way round: the people in title order off their title index, and
# each one's visits off the visits' index on the person (SQLite keeps that
# order: CROSS JOIN); visits naming nobody come first, as the join put them.


class _CrossJoin(sa.Join):
    """An inner join SQLite runs in the order written (its CROSS JOIN)."""

    inherit_cache = True


@compiles(_CrossJoin, "sqlite")
def _cross_join(element: _CrossJoin, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    return (
        f"{compiler.process(element.left, **kw)} CROSS JOIN "
        f"{compiler.process(element.right, **kw)} ON {compiler.process(element.onclause, **kw)}"
    )


def sorted_through(rtype: RecordType, column: str) -> bool:
    """Whether a list of *rtype* sorted by *column* is read through the records
    it names, in their title order: a reference to other than reference data."""
    if column not in rtype.field_names():
        return False
    spec = rtype.field(column)
    if spec.kind is not Kind.REF or not spec.ref:
        return False
    target = records.get(spec.ref)
    return not target.reference and bool(target.title_fields)


def through_pages(rtype: RecordType, flt: Filter, column: str, down: bool) -> list[sa.Select[Any]]:
    """The ids of the matching records naming nobody, then those naming someone
    in the title order of whom they name (then id), each part before its limit."""
    t = rtype.table
    spec = rtype.field(column)
    assert spec.ref is not None
    target = records.get(spec.ref)
    named = target.table.alias(f"sort_{column}")
    order = sa.desc if down else sa.asc
    nobody = (
        _base(rtype, flt)
        .with_only_columns(t.c.id)
        .where(t.c[column].is_(None))
        .order_by(order(t.c.id))
    )
    keys = [
        az_order(named.c[f]) if target.field(f).kind in TEXT_KINDS else named.c[f]
        for f in target.title_fields
    ]
    someone = (
        _base(rtype, flt, through=(column, named))
        .with_only_columns(t.c.id)
        .order_by(*(order(k) for k in (*keys, t.c.id)))
    )
    return [nobody, someone]


def _page_through(
    conn: sa.Connection,
    rtype: RecordType,
    flt: Filter,
    column: str,
    down: bool,
    limit: int,
    offset: int,
) -> list[str]:
    nobody, someone = through_pages(rtype, flt, column, down)
    t = rtype.table

    def read(stmt: sa.Select[Any], n: int, skip: int) -> list[str]:
        return list(conn.execute(stmt.limit(n).offset(skip)).scalars()) if n > 0 else []

    counted = _base(rtype, flt).with_only_columns(sa.func.count(t.c.id))
    none = int(conn.execute(counted.where(t.c[column].is_(None))).scalar_one())
    if not down:  # nobody first
        ids = read(nobody, limit, offset) if offset < none else []
        return ids + read(someone, limit - len(ids), max(offset - none, 0))
    ids = read(someone, limit, offset)
    if len(ids) < limit and none:
        named = offset + len(ids) if ids else int(conn.execute(counted).scalar_one()) - none
        ids += read(nobody, limit - len(ids), max(offset - named, 0))
    return ids


def page_statements(
    rtype: RecordType, flt: Filter, column: str, *, down: bool = False
) -> list[sa.Select[Any]]:
    """What :func:`search` (alphabetical) runs for a list of *rtype* sorted by
    *column* (reversed if *down*), before limits: to look at their plans."""
    descending = down != _descending(rtype, column, None)
    plain = [page_ids(rtype, flt, order_by=column, descending=descending, alphabetical=True)]
    if sorted_by_groups(rtype, column):
        grouped = [
            group_counts(rtype, flt, column),
            group_page(rtype, flt, column, ["some-value"], down),
            group_page(rtype, flt, column, [None], down),
        ]
        return grouped if _is_ref(rtype, column) else grouped + plain  # a choice: codes too
    if sorted_through(rtype, column):
        return through_pages(rtype, flt, column, down)
    return plain


def _descending(rtype: RecordType, column: str, descending: bool | None) -> bool:
    """Newest first for a date, else A to Z, unless told."""
    return descending if descending is not None else column in (rtype.date_field, "updated_at")


def default_order(rtype: RecordType) -> str:
    """The column a list of *rtype* is sorted by until the user picks another."""
    return rtype.date_field or (rtype.title_fields[0] if rtype.title_fields else "updated_at")


@dataclass(frozen=True)
class SortIndex:
    """An index that holds one of a list's sorts, named ``ix_<table>_sort_<what>``:
    *keys* are its columns in order, each with whether it is held in Azerbaijani
    order (az_order) rather than as it is."""

    table: str
    what: str
    keys: tuple[tuple[str, bool], ...]

    @property
    def name(self) -> str:
        return f"ix_{self.table}_sort_{self.what}"


def sort_indexes() -> list[SortIndex]:
    """The indexes a list's sorts need, derived from the declarations: each
    column a list shows (text in Azerbaijani order; a choice or a reference
    read by the value held: :func:`sorted_by_groups`, :func:`sorted_through`)
    and the column a list is sorted by at first, each after ``deleted`` (every
    list fixes it) and before ``id`` (ties); and the title of each record type
    that a reference read through names, in title order.
    The migrations create them; tests/core/test_sort_indexes.py holds a migrated
    database to this list and each list's query to its indexes."""
    found: list[SortIndex] = []
    titled: list[str] = []
    for rtype in records.record_types():
        first = default_order(rtype)
        for spec in rtype.fields:
            text = spec.kind in TEXT_KINDS
            through = spec.listed and sorted_through(rtype, spec.name)
            if spec.listed or (spec.name == first and spec.kind is not Kind.REF):
                held = (("deleted", False), (spec.name, text), ("id", False))
                found.append(SortIndex(rtype.name, spec.name, held))
            if through and spec.ref not in titled:
                assert spec.ref is not None
                titled.append(spec.ref)
    for name in titled:
        target = records.get(name)
        title = tuple((f, target.field(f).kind in TEXT_KINDS) for f in target.title_fields)
        found.append(SortIndex(name, "title", (*title, ("id", False))))
    return found


TEXT_KINDS = (Kind.TEXT, Kind.NOTE)


def titles(db: Database, type_name: str, ids: list[str]) -> dict[str, str]:
    """How records are named in lists and pickers: id → "Səbinə İsmayılova (1984)"."""
    rtype = records.get(type_name)
    t = rtype.table
    key = t.c["code"] if type_name == "district" else t.c.id
    result: dict[str, str] = {}
    with db.connect() as conn:
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            cols = [key, *(t.c[f] for f in rtype.title_fields)]
            for row in conn.execute(sa.select(*cols).where(key.in_(chunk))):
                first, *rest = (str(v) for v in row[1:] if v is not None)
                result[row[0]] = f"{first} ({', '.join(rest)})" if rest else first
    return result


# --- lists in Azerbaijani alphabet order (the desktop app's lists) -------------


def search_sorted(
    db: Database,
    type_name: str,
    flt: Filter | None = None,
    *,
    order_by: str | None = None,
    descending: bool | None = None,
    limit: int = 200,
    offset: int = 0,
    labels: Mapping[str, str] | None = None,
    total: int | None = None,
) -> list[dict[str, Any]]:
    """:func:`search` with text columns in Azerbaijani alphabet order."""
    return search(
        db,
        type_name,
        flt,
        order_by=order_by,
        descending=descending,
        limit=limit,
        offset=offset,
        alphabetical=True,
        labels=labels,
        total=total,
    )


# --- follow-ups due (the volunteer's Due screen) ---------------------------------


@dataclass(frozen=True)
class Own:
    """Whose follow-ups: the visits *account* recorded (the author of a visit's first
    revision, whoever edited it since), and those recorded on *device_id* before
    accounts existed (no author kept: most likely this laptop's volunteer)."""

    account: str
    device_id: str


def _first_revision(visit_id: Any, *where: Any, column: str = "author") -> Any:
    """The visit's first revision (the one without parents), as a subquery's
    select of its *column*."""
    r = records.Revision.__table__.c  # type: ignore[attr-defined]
    return (
        sa.select(r[column])
        .where(r.record_type == "home_visit", r.record_id == visit_id, r.parents == "[]", *where)
        .order_by(r.seq)
        .limit(1)
    )


def no_later_visit(v: sa.Table) -> sa.ColumnElement[bool]:
    """The family of the home visit *v* has had no later visit: what settles its
    follow-up (the Due screen, the report's "Follow-ups overdue"). Looked up off
    the visits' person index: without statistics SQLite takes the visit-date
    sort index instead and reads every later visit of every family for each
    visit (105 s to count the Due list at 100,000 records, against 0.05 s). The
    later visit's date is wrapped in a function, which keeps its index out of
    the choice on SQLite and PostgreSQL alike (the value is the same)."""
    later = v.alias("later")
    return ~sa.exists().where(
        later.c.person_id == v.c.person_id,
        later.c.deleted.is_(False),
        sa.func.coalesce(later.c.visit_date, later.c.visit_date) > v.c.visit_date,
    )


def _follow_ups_due(until: date, district: str | None, own: Own | None) -> tuple[Any, list[Any]]:
    """The visits whose follow-up falls due by *until* with no later visit to
    the family: (the visit, person and village tables joined, the conditions)."""
    v = records.get("home_visit").table
    p = records.get("person").table
    village = records.get("village").table
    conditions = [
        v.c.deleted.is_(False),
        v.c.follow_up_due.is_not(None),
        v.c.follow_up_due <= until,
        no_later_visit(v),
    ]
    if district:
        conditions.append(p.c.district == district)
    if own is not None:
        r = records.Revision.__table__.c  # type: ignore[attr-defined]
        mine = sa.or_(
            r.author == own.account, sa.and_(r.author.is_(None), r.device_id == own.device_id)
        )
        conditions.append(_first_revision(v.c.id, mine).exists())
    joined = v.join(p, v.c.person_id == p.c.id).outerjoin(village, p.c.village_id == village.c.id)
    return joined, conditions


def follow_ups(
    db: Database,
    until: date,
    district: str | None = None,
    limit: int = 2000,
    own: Own | None = None,
) -> list[dict[str, Any]]:
    """Home visits whose follow-up falls due by *until* (those overdue included)
    and whose family has had no later visit since, earliest due first: the
    rule of the report's "Follow-ups overdue". A later visit is what settles one.
    With *own*, only that volunteer's visits (:class:`Own`).

    Each row: the visit's ``id``, ``follow_up_due``, ``visit_date``, ``purpose``,
    ``recorded_by`` (the first revision's author, None before accounts),
    ``recorded_on`` (the device id of the laptop it was first saved on), and its
    family's ``person_id``, ``full_name``, ``birth_year``, ``phone``, ``district``
    and ``village`` (the village's name)."""
    v = records.get("home_visit").table
    p = records.get("person").table
    village = records.get("village").table
    joined, conditions = _follow_ups_due(until, district, own)
    stmt = (
        sa.select(
            v.c.id,
            v.c.follow_up_due,
            v.c.visit_date,
            v.c.purpose,
            _first_revision(v.c.id).scalar_subquery().label("recorded_by"),
            _first_revision(v.c.id, column="device_id").scalar_subquery().label("recorded_on"),
            v.c.person_id,
            p.c.full_name,
            p.c.birth_year,
            p.c.phone,
            p.c.district,
            village.c.name.label("village"),
        )
        .select_from(joined)
        .where(*conditions)
        .order_by(v.c.follow_up_due, az_order(p.c.full_name), v.c.id)
        .limit(limit)
    )
    with db.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def follow_up_counts(
    db: Database, today: date, until: date, district: str | None = None, own: Own | None = None
) -> tuple[int, int, int]:
    """How many of :func:`follow_ups` are overdue, due *today*, and due after
    today up to *until*, counted whole (the list shows the first ones only)."""
    v = records.get("home_visit").table
    joined, conditions = _follow_ups_due(until, district, own)
    due = v.c.follow_up_due
    stmt = (
        sa.select(
            sa.func.count().filter(due < today),
            sa.func.count().filter(due == today),
            sa.func.count().filter(due > today),
        )
        .select_from(joined)
        .where(*conditions)
    )
    with db.connect() as conn:
        overdue, on_day, later = conn.execute(stmt).one()
    return int(overdue), int(on_day), int(later)


def by_ids(db: Database, type_name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Records by id (deleted ones too), read 900 at a time: id → row."""
    t = records.get(type_name).table
    found: dict[str, dict[str, Any]] = {}
    with db.connect() as conn:
        for i in range(0, len(ids), 900):
            for r in conn.execute(sa.select(t).where(t.c.id.in_(ids[i : i + 900]))):
                found[r.id] = dict(r._mapping)
    return found
