"""Import: which of a file's revisions its signer may bring here (DESIGN.md, "Trust").

:func:`signer_of` reads who signed a workbook (the about sheet's key, checked
by :func:`fieldkit.sync.trust.signer`); :func:`vouch` keeps, of each chunk of
revisions, those that signer may bring (:meth:`~fieldkit.sync.trust.Signer.may_bring`)
and spreadsheet edits (the importer's own revisions). Another device's revision
the file cannot vouch for is *withheld*: its content never enters; its address
and parents stay as a stub when it is new here, so the ancestry of what was
accepted is whole and the revision fills in when a file that may bring it comes.
A merge revision from a sender is accepted only if it is the merge of its
parents, recomputed here (:func:`forged_merges`).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Callable, Collection, Iterable, Sequence

import sqlalchemy as sa

from fieldkit import erasure, records, store
from fieldkit import revisions as graph
from fieldkit.declare import RecordType
from fieldkit.storage.database import Database
from fieldkit.sync import trust
from fieldkit.sync.workbook import apply, signature
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook.erasures import Mark
from fieldkit.sync.workbook.result import FileTrust, Incoming, Reject
from fieldkit.sync.workbook.source import Sender


def signer_of(
    db: Database,
    meta: dict[str, str],
    format_version: int,
    may_enrol: Callable[[str], bool],
    accept_unsigned: bool,
    sender: Sender | None,
) -> trust.Signer:
    """Who signed a workbook with about sheet *meta*, as this machine knows them;
    raises :class:`trust.Refused` for a revoked key, a key that is not the one of
    the device it names, or a workbook signed by another key than its bundle.

    *sender*: the verified sender of the bundle the workbook came in (a bundle's
    signature covers its workbooks' bytes, so it vouches for an unsigned one
    that an older fieldkit put in it)."""
    key = meta.get(signature.PUBLIC_KEY, "")
    if not meta.get(signature.SIGNATURE):
        if sender is not None:
            return trust.signer(db, "the bundle", *sender, may_enrol)
        if accept_unsigned and format_version < 2:
            return trust.Signer(trust.LEGACY)
        return trust.UNSIGNED_SIGNER
    if sender is not None and key != sender[2]:
        raise trust.Refused("the file is signed by another key than the bundle it came in")
    if not _is_key(key):
        raise trust.Refused("the about sheet's public_key is not a public key")
    device = meta.get("device_id", "")
    name = meta.get("device_name") or meta.get("volunteer") or ""
    return trust.signer(db, "the file", device, name, key, may_enrol)


def _is_key(text: str) -> bool:
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def signature_problems(
    meta: dict[str, str], digests: dict[str, list[bytes]], sheets: Iterable[str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Where a signed file's signature does not hold: (sheet, reason) refusals,
    and (sheet, reason) warnings for signed sheets the file no longer has. None
    for an unsigned file. *sheets*: the sheets read (record types, the history)."""
    stated = meta.get(signature.SIGNATURE)
    if not stated:
        return [], []
    if not trust.verify(meta.get(signature.PUBLIC_KEY), stated, signature.message(meta)):
        return [
            (
                cols.META_SHEET,
                "the signature does not match the about sheet: it was changed after the "
                "file was signed, or the signature is not its signer's; ask for a new export",
            )
        ], []
    refusals, warnings = [], []
    present = set(sheets)
    signed = {
        k[len(signature.SIGNED) :]: v for k, v in meta.items() if k.startswith(signature.SIGNED)
    }
    for sheet in sorted(present | set(signed)):
        if sheet not in signed:
            if digests.get(sheet):
                refusals.append((sheet, "this sheet was not in the file when it was signed"))
        elif sheet not in present:
            if signed[sheet] != signature.EMPTY:
                warnings.append(
                    (
                        sheet,
                        "this signed sheet is not in the file (renamed or removed?): "
                        "none of its rows were imported",
                    )
                )
        elif signature.sheet_digest(digests.get(sheet, ())) != signed[sheet]:
            refusals.append(
                (
                    sheet,
                    "the rows do not match the signature: rows were added or removed, or a "
                    "sync cell changed, after the file was signed; ask for a new export",
                )
            )
    return refusals, warnings


def vouch(
    conn: sa.Connection, rtype: RecordType, chunk: Sequence[Incoming], seen: FileTrust
) -> list[Incoming]:
    """The revisions of *chunk* (one record type) this file may bring here.

    Counted in *seen*: whose revisions were brought, and withheld."""
    signer = seen.signer
    if signer.relays:
        for inc in chunk:
            if not inc.stub:
                if inc.edited:
                    seen.edits += 1
                else:
                    seen.brought[inc.device_id] += 1
        return list(chunk)
    ids = sorted({inc.id for inc in chunk})
    t, r = rtype.table, store.REVISIONS.c
    known_records: set[str] = set()
    known_revs: set[str] = set()
    for part in apply.chunks(ids):
        known_records.update(conn.execute(sa.select(t.c.id).where(t.c.id.in_(part))).scalars())
        known_revs.update(
            conn.execute(
                sa.select(r.rev).where(
                    r.record_type == rtype.name,
                    r.record_id.in_(part),
                    r.fingerprint != store.STUB,
                )
            ).scalars()
        )
    out: list[Incoming] = []
    for inc in chunk:
        if inc.stub:
            # Ancestry only; a file that may bring nothing adds no record at all.
            if signer.vouched or inc.id in known_records:
                out.append(inc)
        elif inc.edited:
            if signer.vouched or inc.id in known_records:
                out.append(inc)
                seen.edits += 1
            else:
                seen.withheld[inc.device_id] += 1
        elif apply.incoming_rev(inc) in known_revs:
            if signer.may_bring(inc.device_id, cols.workbook_device):
                out.append(inc)  # already here; it may bring a sighting
            # else: the file adds nothing to it, not even a sighting
        elif signer.may_bring(inc.device_id, cols.workbook_device) and not _unmerged(inc):
            out.append(inc)
            seen.brought[inc.device_id] += 1
            if inc.device_id == graph.MERGE_DEVICE:
                seen.merges.append(inc)  # checked once the run's revisions are in
        else:
            seen.withheld[inc.device_id] += 1
            seen.withheld_records.add(inc.id)
            if inc.rev is not None and (signer.vouched or inc.id in known_records):
                out.append(
                    dataclasses.replace(
                        inc, content={}, content_json="{}", fingerprint=store.STUB, stub=True
                    )
                )
    return out


def erasures(
    conn: sa.Connection, marks: Sequence[Mark], seen: FileTrust, rejects: list[Reject]
) -> list[tuple[RecordType, str, str]]:
    """The rows of a file's erasures sheet it may bring, once its revisions are in:
    each names a revision here with its content (not withheld), made by a device
    the file may bring revisions of, and blank as an erasure leaves a record.
    One that names a revision with content still in it, or of another record,
    is refused; one whose revision was withheld brings nothing."""
    out = []
    r = store.REVISIONS.c
    for mark in marks:
        rtype = records.get(mark.record_type)
        found = conn.execute(
            sa.select(r.record_id, r.device_id, r.content, r.fingerprint).where(
                r.record_type == rtype.name, r.rev == mark.rev
            )
        ).first()
        if found is None or found.fingerprint == store.STUB:
            continue  # not carried, or withheld: the file cannot erase it here
        problem = None
        if found.record_id != mark.id:
            problem = f"revision {mark.rev[:12]}… is not one of {mark.id}'s"
        elif not erasure.is_blank(rtype, json.loads(found.content)):
            problem = (
                f"revision {mark.rev[:12]}… is not an erasure: it still holds the record's "
                "content; ask for a new export"
            )
        if problem is not None:
            rejects.append(
                Reject(seen.file, mark.sheet, mark.row, mark.letters.get("rev"), "rev", problem)
            )
        elif seen.signer.may_bring(found.device_id, cols.workbook_device):
            out.append((rtype, mark.id, mark.rev))
    return out


def _unmerged(inc: Incoming) -> bool:
    """A revision of no device that is not a merge (as every install's shipped
    data are): only HQ or this laptop may bring it."""
    return inc.device_id == graph.MERGE_DEVICE and (inc.rev is None or len(inc.parents or ()) < 2)


def forged_merges(
    conn: sa.Connection,
    merges: Sequence[Incoming],
    settle: Callable[[RecordType, str], None],
    erasing: Collection[tuple[str, str]] = (),
) -> list[Reject]:
    """Check the merge revisions *merges* that senders brought (:attr:`FileTrust.merges`),
    once every revision of the run is in: each must be the three-way merge of its
    parents as recomputed here. One whose parents are not all known here yet is
    kept as a stub (it fills in when it arrives with them), and so is one of a
    record erased here or that the run's files erase (*erasing*: type, id), whose
    parents' content is, or is about to be, purged; one that does not recompute
    is forged: refused."""
    rejects = []
    for inc in merges:
        rtype = records.get(inc.record_type)
        verdict = None if (rtype.name, inc.id) in erasing else _recomputes(conn, rtype, inc)
        if verdict is None:
            r = store.REVISIONS.c
            conn.execute(
                store.REVISIONS.update()
                .where(r.record_type == rtype.name, r.rev == inc.rev)
                .values(content="{}", fingerprint=store.STUB)
            )
            settle(rtype, inc.id)
        elif not verdict:
            rejects.append(
                Reject(
                    inc.file,
                    inc.sheet,
                    inc.row,
                    inc.letters.get("rev"),
                    "rev",
                    "a merge revision whose content is not the merge of its parents: "
                    "only the device that saved a change may send it",
                )
            )
    return rejects


def _recomputes(conn: sa.Connection, rtype: RecordType, inc: Incoming) -> bool | None:
    """Whether *inc* is the merge of its parents; None: not all of them are known here."""
    parents = list(inc.parents or ())
    if len(parents) < 2:
        return False
    if inc.id in erasure.erased_ids(conn, rtype):
        return None  # its parents' content is purged here: it stays an address
    nodes = store.nodes(conn, rtype, inc.id)
    if any(p not in nodes or not nodes[p].known for p in parents):
        return None
    before: set[str] = set()
    for p in parents:
        before |= graph.ancestors(nodes, p)
    sub = {rev: nodes[rev] for rev in before if rev in nodes}
    merged = graph.resolve(sub, rtype.field_names())
    if merged.in_conflict or sorted(merged.heads) != sorted(parents):
        return False
    content = {n: merged.content.get(n) for n in rtype.field_names()}
    return store.address(inc.id, content, merged.deleted, merged.heads) == inc.rev
