"""``fieldkit check``: SQLite's own checks plus the app's invariants."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from fieldkit import declare, erasure, records, store
from fieldkit import revisions as graph
from fieldkit.storage.database import Database

REVISIONS = store.REVISIONS


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def run(db: Database, *, limit: int = 20) -> CheckReport:
    """Check the database; *limit* caps how many examples each problem lists."""
    report = CheckReport()
    with db.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems += [f"SQLite integrity: {line}" for line in integrity[:limit]]
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:limit]:
            report.problems.append(f"broken reference in {row[0]} (row {row[1]}) to {row[2]}")
        for rtype in records.record_types():
            _check_type(conn, rtype, report, limit)
        known = [r.name for r in records.record_types()]
        stray = conn.execute(
            sa.select(REVISIONS.c.record_type, sa.func.count())
            .where(REVISIONS.c.record_type.not_in(known))
            .group_by(REVISIONS.c.record_type)
        ).all()
        for name, n in stray:
            report.problems.append(f"{n} revisions of unknown record type {name!r}")
    report.counts = store.counts(db)
    return report


def _check_type(
    conn: sa.Connection, rtype: declare.RecordType, report: CheckReport, limit: int
) -> None:
    t = rtype.table
    r = REVISIONS.c
    graph_rows: dict[str, list[Any]] = {}
    for x in conn.execute(
        sa.select(
            r.record_id, r.rev, r.parents, r.version, r.fingerprint, r.deleted, r.content
        ).where(r.record_type == rtype.name)
    ):
        graph_rows.setdefault(x.record_id, []).append(x)
    bad_history, bad_key, bad_rev = 0, 0, 0
    # An erased record's earlier revisions keep their address with their content
    # purged (fieldkit.erasure): their fingerprint is of what was erased.
    purged = erasure.erased_ids(conn, rtype)

    def problem(text: str) -> None:
        nonlocal bad_history
        bad_history += 1
        if bad_history <= limit:
            report.problems.append(text)

    for row in conn.execute(sa.select(t)):
        m = dict(row._mapping)
        content = store.content_of(rtype, m)
        known = graph_rows.get(m["id"], [])
        for x in known:  # each revision is what its address says (a stub has no content;
            # an erased record's content is blank, its addresses kept)
            if (
                x.fingerprint != store.STUB
                and m["id"] not in purged
                and (
                    store.fingerprint(x.content) != x.fingerprint
                    or x.rev
                    not in (
                        graph.legacy_rev(m["id"], x.version, x.fingerprint, x.deleted),
                        store.address(
                            m["id"],
                            json.loads(x.content),
                            x.deleted,
                            graph.parse_parents(x.parents),
                        ),
                    )
                )
            ):
                bad_rev += 1
        nodes = {
            x.rev: graph.Node(
                x.rev,
                graph.parse_parents(x.parents),
                {},
                bool(x.deleted),
                x.fingerprint != store.STUB,
            )
            for x in known
        }
        tips = set(graph.heads(nodes))  # as the record's state is decided
        heads = [x for x in known if x.rev in tips]
        if not heads:
            problem(f"{rtype.name} {m['id']}: no revision in its history")
            continue
        if len(heads) == 1:
            want_fp, want_deleted = heads[0].fingerprint, heads[0].deleted
            want_head, want_version = heads[0].rev, heads[0].version
        else:
            merged = store.state(conn, rtype, m["id"])
            want_fp = store.fingerprint(store.canonical(merged.content))
            want_deleted, want_head = merged.deleted, merged.preferred
            want_version = max(x.version for x in heads)
        fp = store.fingerprint(store.canonical(content))
        if fp != want_fp and store.fingerprint(store.identity_json(rtype, content)) == want_fp:
            fp = want_fp  # saved before a field was declared: the same content
        if (fp, bool(m["deleted"]), m["head"], m["version"]) != (
            want_fp,
            bool(want_deleted),
            want_head,
            want_version,
        ):
            problem(
                f"{rtype.name} {m['id']}: the record (version {m['version']}) is not the state "
                f"its history gives (version {want_version})"
            )
        if m["search_key"] != store.search_key(rtype, content):
            bad_key += 1
    if bad_rev:
        report.problems.append(
            f"{rtype.name}: {bad_rev} revisions whose content does not match their fingerprint"
        )
    if bad_key:
        report.problems.append(f"{rtype.name}: {bad_key} records have a stale search key")
    orphans = (
        conn.execute(
            sa.select(REVISIONS.c.record_id)
            .where(
                REVISIONS.c.record_type == rtype.name,
                REVISIONS.c.record_id.not_in(sa.select(t.c.id)),
            )
            .distinct()
            .limit(limit)
        )
        .scalars()
        .all()
    )
    for rid in orphans:
        report.problems.append(f"{rtype.name} {rid}: history without a record")
    for spec in rtype.refs():
        assert spec.ref is not None
        target = records.get(spec.ref).table
        key = target.c[spec.ref_key]
        missing = conn.execute(
            sa.select(t.c.id, t.c[spec.name])
            .where(t.c[spec.name].is_not(None), t.c[spec.name].not_in(sa.select(key)))
            .limit(limit)
        ).all()
        for rid, value in missing:
            report.problems.append(f"{rtype.name} {rid}: {spec.name} refers to missing {value}")
        dangling = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.join(target, t.c[spec.name] == key))
            .where(t.c.deleted.is_(False), target.c.deleted.is_(True))
        ).scalar_one()
        if dangling:
            report.warnings.append(
                f"{dangling} live {rtype.plural.lower()} refer through {spec.name!r} to a deleted record"
            )
