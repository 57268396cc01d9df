"""A partner's export, derived from each field's ``personal=`` declaration.

Nothing here lists a record's fields: a new record type, or a new field such as
a ``reporter_name`` declared ``personal=IDENTIFYING``, is handled by what its
declaration says (DESIGN.md, "Data protection"):

* record ids, and every reference, become keyed pseudonyms: 128 bits of
  HMAC-SHA-256 under a key for this recipient (derived from this database's
  secret and the recipient's name), so rows join within the export, the same
  person has the same pseudonym in every export to this recipient and another
  one for anyone else, and nothing joins to a full export or to another
  partner's;
* ``IDENTIFYING`` fields are dropped, except a record's title name, which shows
  its pseudonym (a partner reading the person sheet sees whose row is whose);
* ``FREE_TEXT`` is dropped;
* ``QUASI`` fields are generalised and held to k-anonymity (:mod:`fieldkit.anonymity`);
* no laptop, volunteer or time of typing: the device, created and changed cells
  are blank, and the about sheet names neither;
* only people whose consent covers partners, and what refers to them only
  (:mod:`fieldkit.consent`); nothing deleted.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from fieldkit import anonymity, consent, records
from fieldkit.declare import FieldSpec, Kind, Personal, RecordType

PSEUDONYM_BITS = 128
LEAD = 6  # a row's cells before its content: id, version, created, updated, device, deleted


def recipient_key(secret: bytes, recipient: str) -> bytes:
    """The key of one recipient's pseudonyms. The name is compared as a person
    would ("Partner  NGO" is "partner ngo")."""
    name = " ".join(recipient.split()).casefold()
    if not name:
        raise ValueError("a pseudonymised export needs the name of its recipient")
    return hmac.new(secret, b"fieldkit recipient\0" + name.encode(), hashlib.sha256).digest()


class Pseudonymiser:
    def __init__(self, key: bytes, k: int) -> None:
        self.key = key
        self.k = k
        self.plans: dict[str, anonymity.Plan] = {}
        self.left_out: dict[str, int] = {}  # people whose consent does not cover partners

    def pseudonym(self, type_name: str, record_id: str) -> str:
        mac = hmac.new(self.key, f"{type_name}\0{record_id}".encode(), hashlib.sha256)
        return mac.hexdigest()[: PSEUDONYM_BITS // 4]

    def rows(self, rtype: RecordType) -> sa.ColumnElement[bool]:
        """What the export reads of *rtype*: live rows, of consenting people."""
        t = rtype.table
        covered = consent.clause(rtype, consent.PARTNERS)
        live = t.c.deleted.is_(False)
        return live if covered is None else sa.and_(live, covered)

    def prepare(self, conn: sa.Connection) -> None:
        """The k-anonymity plan of every record type about a person, over what
        the export will carry of it."""
        for rtype in records.record_types():
            if not rtype.about_a_person():
                continue
            t = rtype.table
            specs = anonymity.quasi(rtype)
            query = sa.select(t.c.id, *[t.c[s.name] for s in specs]).where(self.rows(rtype))
            self.add_plan(rtype, ((r[0], r[1:]) for r in conn.execute(query)))
            if consent.has_consent(rtype):
                everyone = conn.execute(
                    sa.select(sa.func.count()).select_from(t).where(t.c.deleted.is_(False))
                ).scalar_one()
                self.left_out[rtype.name] = (
                    everyone - len(self.plans[rtype.name].level) - (self.plans[rtype.name].dropped)
                )

    def add_plan(self, rtype: RecordType, rows: Any) -> anonymity.Plan:
        self.plans[rtype.name] = anonymity.plan(rtype, rows, self.k)
        return self.plans[rtype.name]

    def _ref(self, spec: FieldSpec, value: str) -> str:
        return self.pseudonym(spec.ref or "", value) if spec.ref_key == "id" else value

    def row(self, rtype: RecordType, row: Sequence[Any]) -> Sequence[Any] | None:
        """One row as the partner sees it, or None to leave it out."""
        rid = row[0]
        level = anonymity.EXACT
        if rtype.about_a_person():
            planned = self.plans.get(rtype.name)
            if planned is None or rid not in planned.level:
                return None  # too rare even blank, or not planned: not carried
            level = planned.level[rid]
        content = list(row[LEAD:])
        for i, spec in enumerate(rtype.fields):
            value = content[i]
            if spec.kind is Kind.REF and value is not None and not self._carried(spec, value):
                return None  # it refers to someone the export leaves out
            content[i] = self._cell(rtype, spec, value, level, rid)
        return (self.pseudonym(rtype.name, rid), row[1], "", "", "", row[5], *content)

    def _carried(self, spec: FieldSpec, value: str) -> bool:
        planned = self.plans.get(spec.ref or "")
        return planned is None or value in planned.level

    def _cell(self, rtype: RecordType, spec: FieldSpec, value: Any, level: int, rid: str) -> Any:
        if value is None:
            return None
        personal = spec.personal
        if personal is Personal.NO:
            return value
        if personal is Personal.FREE_TEXT:
            return None
        if personal is Personal.QUASI:
            return anonymity.generalise(rtype, spec, value, level, self._ref)
        if spec.kind is Kind.REF:
            return self._ref(spec, value)
        if spec.kind is Kind.TEXT and rtype.title_fields[:1] == (spec.name,):
            return self.pseudonym(rtype.name, rid)
        return None

    def about(self) -> list[tuple[str, Any]]:
        """What the about sheet says of this export's protection."""
        rows: list[tuple[str, Any]] = [
            (
                "pseudonyms",
                f"{PSEUDONYM_BITS}-bit, keyed for this recipient: ids and references join "
                "within this file only",
            ),
            ("left_out", "names, phones, free text, laptops, volunteers, times of typing"),
            ("generalised", anonymity.GENERALISED),
            ("k", self.k),
        ]
        for name, p in self.plans.items():
            rows += [
                (f"quasi_identifiers.{name}", ", ".join(p.fields)),
                (f"smallest_class.{name}", p.smallest),
                *[
                    (f"coarsened.{name}.{step}", p.moved(level))
                    for level, step in anonymity.STEPS.items()
                ],
                (f"suppressed.{name}", p.moved(anonymity.SUPPRESSED)),
                (f"dropped.{name}", p.dropped),
            ]
            if name in self.left_out:
                rows.append((f"without_partner_consent.{name}", self.left_out[name]))
        return rows
