"""Conflicts: which two revisions of a record need a person to look at them.

The test (:func:`conflicting`) looks at the two revisions only, never at
arrival order, so the set of conflicts is the same however imports are
ordered. See docs/exchange-format.md, "Import", rule 6.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from fieldkit import store
from fieldkit.declare import RecordType
from fieldkit.records import Conflict
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook.result import ConflictInfo, Incoming, Reject, order_key

REVISIONS = store.REVISIONS
CONFLICTS: sa.Table = Conflict.__table__  # type: ignore[attr-defined]
CHUNK = 900  # SQLite's bound-parameter limit is 999

Ident = tuple[int, str]  # (version, fingerprint) within one record
Key = tuple[int, datetime, str, str, bool]


@dataclass
class Known:
    """One revision of a record as far as conflicts and winners need it."""

    version: int
    fingerprint: str
    updated_at: datetime
    device_id: str
    deleted: bool
    seq: int | None = None  # stored revision, or None for one arriving now

    @property
    def key(self) -> Key:
        return order_key(
            self.version, self.updated_at, self.device_id, self.fingerprint, self.deleted
        )


def conflicting(a: Known, b: Known) -> bool:
    """Do two distinct revisions of one record need a person to look at them?"""
    if a.version == b.version:
        return a.fingerprint != b.fingerprint
    low, high = (a, b) if a.version < b.version else (b, a)
    # An edit made in a workbook forks from version low.version - 1; a revision
    # further along that line made before the edit did not see it.
    return cols.is_workbook_device(low.device_id) and high.updated_at < low.updated_at


def chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def pair(a: Ident, b: Ident) -> tuple[Ident, Ident]:
    return (a, b) if a <= b else (b, a)


def load_recorded(
    conn: sa.Connection, rtype: RecordType, ids: list[str]
) -> dict[str, dict[tuple[Ident, Ident], tuple[int, bool]]]:
    """Recorded conflicts of these records: pair of identities -> (seq, resolved)."""
    ra, rb, c = REVISIONS.alias("ra"), REVISIONS.alias("rb"), CONFLICTS.c
    found: dict[str, dict[tuple[Ident, Ident], tuple[int, bool]]] = {}
    for chunk in chunks(ids):
        query = (
            sa.select(
                c.seq,
                c.record_id,
                c.resolved_at,
                ra.c.version,
                ra.c.fingerprint,
                rb.c.version.label("vb"),
                rb.c.fingerprint.label("fb"),
            )
            .join(ra, ra.c.seq == c.revision_a)
            .join(rb, rb.c.seq == c.revision_b)
            .where(c.record_type == rtype.name, c.record_id.in_(chunk))
        )
        for x in conn.execute(query):
            both = pair((x.version, x.fingerprint), (x.vb, x.fb))
            found.setdefault(x.record_id, {})[both] = (x.seq, x.resolved_at is not None)
    return found


def flipped(known: dict[Ident, Known], incoming: list[Incoming]) -> list[Reject]:
    """Refuse rows whose ``deleted`` cell was changed in the spreadsheet.

    The fingerprint seals the content only, so a flipped ``deleted`` shows as
    one revision (same content, time and device) both deleted and not. It is
    refused rather than let it rewrite a stored revision.
    """
    states: dict[tuple[Ident, datetime, str], set[bool]] = {}
    for k in known.values():
        states.setdefault(((k.version, k.fingerprint), k.updated_at, k.device_id), set()).add(
            k.deleted
        )
    for inc in incoming:
        key = ((inc.version, inc.fingerprint), inc.updated_at, inc.device_id)
        states.setdefault(key, set()).add(inc.deleted)
    rejects: list[Reject] = []
    for inc in incoming:
        key = ((inc.version, inc.fingerprint), inc.updated_at, inc.device_id)
        if len(states[key]) > 1:
            rejects.append(
                Reject(
                    inc.file,
                    inc.sheet,
                    inc.row,
                    inc.letters.get("deleted"),
                    "deleted",
                    "the deleted column was changed in the spreadsheet; "
                    "delete or restore records in the app",
                )
            )
    return rejects


def find(
    type_name: str,
    rid: str,
    known: dict[Ident, Known],
    changed: list[Known],
    recorded: dict[tuple[Ident, Ident], tuple[int, bool]],
) -> tuple[list[ConflictInfo], list[int]]:
    """Conflicts between the revisions this run adds or re-times and all others.

    A re-timed revision (same content arriving with greater metadata) is judged
    again with its new metadata and an unresolved conflict that no longer holds
    is dropped, so the conflicts depend only on the final set of revisions.
    """
    found: list[ConflictInfo] = []
    dropped: list[int] = []  # conflict.seq of recorded ones that no longer hold
    done: set[tuple[Ident, Ident]] = set()
    for n in changed:
        for other in known.values():
            if other is n:
                continue
            both = pair((n.version, n.fingerprint), (other.version, other.fingerprint))
            if both in done:
                continue
            done.add(both)
            if conflicting(n, other):
                if both not in recorded:
                    low, high = sorted((n, other), key=lambda k: k.key)
                    ident_low, ident_high = (
                        (low.version, low.fingerprint),
                        (
                            high.version,
                            high.fingerprint,
                        ),
                    )
                    found.append(ConflictInfo(type_name, rid, ident_low, ident_high))
            elif both in recorded and not recorded[both][1]:
                dropped.append(recorded[both][0])
    return found, dropped
