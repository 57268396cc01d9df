"""Monthly figures for coordinators and donors, computed in SQL from live records.

Each figure is a :class:`Table` of plain rows with stable column keys, human
labels and HXL hashtags, so the same data drive the report workbook, the GUI
screen and the tests. Tombstoned records never count; planned assistance is
not counted as delivered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from fieldkit import query, records
from fieldkit.storage.database import Database


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    hxl: str
    # The column's figure on the totals row: "sum" where rows add up, "count" for
    # the number of rows; blank where a sum would count people twice (households
    # visited in two months) or mean nothing (days overdue).
    total: str = ""


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    note: str = ""

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip([c.key for c in self.columns], r, strict=True)) for r in self.rows]

    def totals(self) -> tuple[Any, ...]:
        """The totals row: each column's sum or count as it declares, else ``None``."""
        out: list[Any] = []
        for i, column in enumerate(self.columns):
            if column.total == "sum":
                values = [r[i] for r in self.rows if r[i] is not None]
                out.append(
                    sum(values, Decimal(0) if any(isinstance(v, Decimal) for v in values) else 0)
                )
            elif column.total == "count":
                out.append(len(self.rows))
            else:
                out.append(None)
        return tuple(out)


@dataclass
class Report:
    date_from: date | None
    date_to: date | None
    district: str | None
    as_of: date
    tables: list[Table]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


MONTH = Column("month", "Month", "#date+month")
DISTRICT = Column("district", "District code", "#adm1+code")
DISTRICT_NAME = Column("district_name", "District", "#adm1+name")


def _month(col: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return sa.func.strftime("%Y-%m", col)


def _t(name: str) -> sa.Table:
    return records.get(name).table


def _period(
    col: sa.ColumnElement[Any], start: date | None, end: date | None
) -> list[sa.ColumnElement[bool]]:
    conds: list[sa.ColumnElement[bool]] = [col.is_not(None)]
    if start:
        conds.append(col >= start)
    if end:
        conds.append(col <= end)
    return conds


def _names(conn: sa.Connection) -> dict[str, str]:
    d = _t("district")
    return {code: name for code, name in conn.execute(sa.select(d.c.code, d.c.name))}


def sessions(
    conn: sa.Connection, start: date | None, end: date | None, district: str | None
) -> Table:
    s = _t("awareness_session")
    heads = [s.c.girls, s.c.boys, s.c.women, s.c.men]
    conds = [s.c.deleted.is_(False), *_period(s.c.session_date, start, end)]
    if district:
        conds.append(s.c.district == district)
    month = _month(s.c.session_date)
    stmt = (
        sa.select(
            month,
            s.c.district,
            sa.func.count(),
            *(sa.func.coalesce(sa.func.sum(h), 0) for h in heads),
            sa.func.coalesce(sa.func.sum(sum(sa.func.coalesce(h, 0) for h in heads)), 0),
            sa.func.coalesce(sa.func.sum(s.c.with_disability), 0),
            sa.func.coalesce(sa.func.sum(sa.case((s.c.hazards_reported.is_(True), 1), else_=0)), 0),
        )
        .where(*conds)
        .group_by(month, s.c.district)
        .order_by(month, s.c.district)
    )
    names = _names(conn)
    rows = [(r[0], r[1], names.get(r[1], r[1]), *r[2:]) for r in conn.execute(stmt)]
    return Table(
        "sessions",
        "Mine-risk awareness sessions and attendance",
        [
            MONTH,
            DISTRICT,
            DISTRICT_NAME,
            Column("sessions", "Sessions", "#activity+num", total="sum"),
            Column("girls", "Girls", "#reached+f+children", total="sum"),
            Column("boys", "Boys", "#reached+m+children", total="sum"),
            Column("women", "Women", "#reached+f+adults", total="sum"),
            Column("men", "Men", "#reached+m+adults", total="sum"),
            Column("total", "Total participants", "#reached+total", total="sum"),
            Column(
                "with_disability", "Persons with disabilities", "#reached+disabled", total="sum"
            ),
            Column(
                "hazard_reports",
                "Sessions with hazards reported",
                "#indicator+hazards+num",
                total="sum",
            ),
        ],
        rows,
        "Headcounts from attendance sheets: a person attending two sessions counts twice.",
    )


def visits(
    conn: sa.Connection, start: date | None, end: date | None, district: str | None
) -> Table:
    v = _t("home_visit")
    p = _t("person")
    spec = records.get("home_visit").field("purpose")
    assert spec.choices is not None
    month = _month(v.c.visit_date)
    conds = [v.c.deleted.is_(False), *_period(v.c.visit_date, start, end)]
    if district:
        conds.append(p.c.district == district)
    per_purpose = [
        sa.func.coalesce(sa.func.sum(sa.case((v.c.purpose == code, 1), else_=0)), 0)
        for code in spec.choices.codes()
    ]
    stmt = (
        sa.select(
            month,
            p.c.district,
            sa.func.count(),
            sa.func.count(sa.distinct(v.c.person_id)),
            *per_purpose,
        )
        .select_from(v.join(p, v.c.person_id == p.c.id))
        .where(*conds)
        .group_by(month, p.c.district)
        .order_by(month, p.c.district)
    )
    names = _names(conn)
    rows = [(r[0], r[1], names.get(r[1], r[1]), *r[2:]) for r in conn.execute(stmt)]
    return Table(
        "visits",
        "Home visits by purpose",
        [
            MONTH,
            DISTRICT,
            DISTRICT_NAME,
            Column("visits", "Visits", "#activity+visits+num", total="sum"),
            Column("households", "Households visited", "#reached+households"),
            *(
                Column(
                    f"purpose_{c.code}",
                    c.label,
                    f"#activity+visits+{c.code.replace('_', '')}",
                    total="sum",
                )
                for c in spec.choices
            ),
        ],
        rows,
    )


def overdue(conn: sa.Connection, as_of: date, district: str | None) -> Table:
    """Visits whose follow-up date has passed with no later visit to the family."""
    v = _t("home_visit")
    p = _t("person")
    conds = [
        v.c.deleted.is_(False),
        v.c.follow_up_due.is_not(None),
        v.c.follow_up_due < as_of,
        query.no_later_visit(v),
    ]
    if district:
        conds.append(p.c.district == district)
    stmt = (
        sa.select(
            p.c.district, p.c.full_name, v.c.visit_date, v.c.follow_up_due, v.c.purpose, v.c.id
        )
        .select_from(v.join(p, v.c.person_id == p.c.id))
        .where(*conds)
        .order_by(v.c.follow_up_due, p.c.district)
    )
    names = _names(conn)
    purposes = records.get("home_visit").field("purpose").choices
    assert purposes is not None
    rows = [
        (
            r[0],
            names.get(r[0], r[0]),
            r[1],
            r[2],
            r[3],
            (as_of - r[3]).days,
            purposes.label(r[4]),
            r[5],
        )
        for r in conn.execute(stmt)
    ]
    return Table(
        "overdue",
        f"Follow-ups overdue on {as_of.isoformat()}",
        [
            DISTRICT,
            DISTRICT_NAME,
            Column("person", "Person / household", "#beneficiary+name", total="count"),
            Column("visit_date", "Visit date", "#date+visit"),
            Column("follow_up_due", "Follow-up due", "#date+due"),
            Column("days_overdue", "Days overdue", "#indicator+days+overdue"),
            Column("purpose", "Purpose", "#activity+purpose"),
            Column("visit_id", "Visit id", "#activity+id"),
        ],
        rows,
        "A follow-up counts as done once the family has a later visit.",
    )


def assistance(
    conn: sa.Connection, start: date | None, end: date | None, district: str | None
) -> Table:
    a = _t("livelihood_assistance")
    p = _t("person")
    month = _month(a.c.delivery_date)
    conds = [
        a.c.deleted.is_(False),
        a.c.status.in_(["delivered", "followed_up"]),
        *_period(a.c.delivery_date, start, end),
    ]
    if district:
        conds.append(p.c.district == district)
    # Raw qəpik (the Money type would convert each value, not the sum).
    azn = sa.case((a.c.currency == "AZN", sa.type_coerce(a.c.value, sa.Integer)), else_=0)
    other = sa.case((a.c.currency != "AZN", 1), else_=0)
    stmt = (
        sa.select(
            month,
            p.c.district,
            a.c.assistance_type,
            sa.func.count(),
            sa.func.count(sa.distinct(a.c.person_id)),
            sa.func.coalesce(sa.func.sum(azn), 0),
            sa.func.coalesce(sa.func.sum(other), 0),
        )
        .select_from(a.join(p, a.c.person_id == p.c.id))
        .where(*conds)
        .group_by(month, p.c.district, a.c.assistance_type)
        .order_by(month, p.c.district, a.c.assistance_type)
    )
    names = _names(conn)
    types = records.get("livelihood_assistance").field("assistance_type").choices
    assert types is not None
    rows = [
        (
            r[0],
            r[1],
            names.get(r[1], r[1]),
            r[2],
            types.label(r[2]),
            r[3],
            r[4],
            (Decimal(int(r[5])) / 100).quantize(Decimal("0.01")),
            r[6],
        )  # stored in qəpik
        for r in conn.execute(stmt)
    ]
    return Table(
        "assistance",
        "Livelihood assistance delivered, by type",
        [
            MONTH,
            DISTRICT,
            DISTRICT_NAME,
            Column("type", "Type code", "#activity+code"),
            Column("type_label", "Type", "#activity+name"),
            Column("items", "Deliveries", "#activity+num", total="sum"),
            Column("people", "People reached", "#reached+ind"),  # no total: one person, two types
            Column("value_azn", "Value (AZN)", "#value+total+azn", total="sum"),
            Column(
                "other_currency",
                "Deliveries in other currencies (not in value)",
                "#meta+othercurrency",
                total="sum",
            ),
        ],
        rows,
        "Delivered and followed-up assistance only; planned assistance is not counted.",
    )


def reached(
    conn: sa.Connection, start: date | None, end: date | None, district: str | None
) -> Table:
    """Distinct people/households reached by a visit or assistance: each counted once."""
    v, a, p = _t("home_visit"), _t("livelihood_assistance"), _t("person")
    visited = sa.select(v.c.person_id.label("pid")).where(
        v.c.deleted.is_(False), *_period(v.c.visit_date, start, end)
    )
    helped = sa.select(a.c.person_id.label("pid")).where(
        a.c.deleted.is_(False),
        a.c.status.in_(["delivered", "followed_up"]),
        *_period(a.c.delivery_date, start, end),
    )
    both = sa.union(visited, helped).subquery()
    conds: list[sa.ColumnElement[bool]] = [p.c.deleted.is_(False)]
    if district:
        conds.append(p.c.district == district)
    stmt = (
        sa.select(
            p.c.district,
            sa.func.count(),
            sa.func.sum(sa.case((p.c.sex == "female", 1), else_=0)),
            sa.func.sum(sa.case((p.c.sex == "male", 1), else_=0)),
            sa.func.sum(sa.case((p.c.disability.is_(True), 1), else_=0)),
            sa.func.coalesce(sa.func.sum(p.c.household_size), 0),
        )
        .select_from(both.join(p, p.c.id == both.c.pid))
        .where(*conds)
        .group_by(p.c.district)
        .order_by(p.c.district)
    )
    names = _names(conn)
    rows = [(r[0], names.get(r[0], r[0]), *r[1:]) for r in conn.execute(stmt)]
    return Table(
        "reached",
        "People reached without double counting (visits and assistance)",
        [
            DISTRICT,
            DISTRICT_NAME,
            Column("people", "People / households reached", "#reached+ind+unique", total="sum"),
            Column("female", "Female", "#reached+f", total="sum"),
            Column("male", "Male", "#reached+m", total="sum"),
            Column("with_disability", "With disability", "#reached+disabled", total="sum"),
            Column("household_members", "Household members", "#reached+hh+members", total="sum"),
        ],
        rows,
        "A family visited three times and given assistance twice counts once.",
    )


def build(
    db: Database,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    district: str | None = None,
    as_of: date | None = None,
) -> Report:
    """All report tables for the period (dates inclusive) and, optionally, one district."""
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"the period starts ({date_from}) after it ends ({date_to})")
    as_of = as_of or min(date_to or date.today(), date.today())
    with db.connect() as conn:
        if (
            district
            and not conn.execute(
                sa.select(sa.func.count())
                .select_from(_t("district"))
                .where(_t("district").c.code == district)
            ).scalar()
        ):
            raise ValueError(
                f"no district with code {district!r} (use ISO 3166-2 codes such as AZ-LAC)"
            )
        tables = [
            sessions(conn, date_from, date_to, district),
            visits(conn, date_from, date_to, district),
            overdue(conn, as_of, district),
            assistance(conn, date_from, date_to, district),
            reached(conn, date_from, date_to, district),
        ]
    return Report(date_from, date_to, district, as_of, tables)
