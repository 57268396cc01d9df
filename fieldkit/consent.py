"""What a person's consent covers, and so which exports may carry them.

A person's ``consent_scope`` (declared in ``records.py``) is one of
``record`` < ``hq`` < ``partners``: each scope covers the ones before it. It is
read only when ``consent_given`` is ticked, which every person saved here needs
(:func:`fieldkit.validate.unticked`); a person an older fieldkit saved unticked,
or one arriving so, is covered for recording on this laptop and nothing more. A person recorded before the scope existed
(schema 0005 and older, or a laptop that has not upgraded yet) has no scope:
their consent was asked "to record and share these data with HQ", so it reads
as ``hq``. Their revisions are left as they were saved — rewriting them would
change their content addresses, which every laptop and HQ share.

Every record type that refers to a person (visits, assistance, merges) goes
where all the people it refers to may go: derived from the declared
references, never listed here.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from fieldkit import choices, records
from fieldkit.declare import RecordType

RECORD, HQ, PARTNERS = choices.CONSENT_SCOPE.codes()
RANK = {RECORD: 0, HQ: 1, PARTNERS: 2}
SCOPE_FIELD, GIVEN_FIELD = "consent_scope", "consent_given"
LEGACY = HQ  # what a ticked consent without a scope meant


def has_consent(rtype: RecordType) -> bool:
    return SCOPE_FIELD in rtype.field_names() and GIVEN_FIELD in rtype.field_names()


def covers(values: dict[str, Any], scope: str) -> bool:
    """Whether the consent in a person's *values* covers *scope*."""
    if not values.get(GIVEN_FIELD):
        return scope == RECORD
    stated = values.get(SCOPE_FIELD) or LEGACY
    # A scope HQ added to the list later, unknown here, covers no sharing.
    return RANK.get(stated, 0) >= RANK[scope]


def _covered(rtype: RecordType, scope: str) -> sa.ColumnElement[bool]:
    from fieldkit.records import Revision  # the revision table, beside the records

    t = rtype.table
    wide = [code for code, rank in RANK.items() if rank >= RANK[scope]]
    stated: sa.ColumnElement[bool] = t.c[SCOPE_FIELD].in_(wide)
    if RANK[LEGACY] >= RANK[scope]:
        stated = sa.or_(stated, t.c[SCOPE_FIELD].is_(None), t.c[SCOPE_FIELD] == "")
    # An erased person (fieldkit.erasure: a blank tombstone with its erasure
    # revision) travels wherever they went, so that the erasure reaches every
    # machine that holds them; a person merely deleted does not.
    r = Revision.__table__.c  # type: ignore[attr-defined]
    erased = t.c.id.in_(
        sa.select(r.record_id).where(r.record_type == rtype.name, r.erasure.is_(True))
    )
    return sa.or_(sa.and_(t.c[GIVEN_FIELD].is_(True), stated), erased)


def clause(rtype: RecordType, scope: str) -> sa.ColumnElement[bool] | None:
    """The rows of *rtype* that an export for *scope* may carry (None: all).

    A person whose consent covers *scope*; a record referring to people, when
    every person it names does; reference data and sessions, always.
    """
    if scope == RECORD:
        return None
    t = rtype.table
    if has_consent(rtype):
        return _covered(rtype, scope)
    parts = []
    for spec in rtype.refs():
        target = records.get(spec.ref or "")
        if not has_consent(target) or spec.ref_key != "id":
            continue
        who = sa.select(target.table.c.id).where(_covered(target, scope))
        parts.append(sa.or_(t.c[spec.name].is_(None), t.c[spec.name].in_(who)))
    return sa.and_(*parts) if parts else None


def people_types() -> list[RecordType]:
    return [r for r in records.record_types() if has_consent(r)]
