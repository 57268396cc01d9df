"""Export and import whatever the user picked: a workbook (.xlsx) or a bundle (.fkb).

The CLI and the Sync screen both come here. A bundle is opened and verified
whole (signature, sender, password, checksums, limits: :mod:`fieldkit.bundle`)
before any workbook inside it is read; its workbooks are then imported exactly
like loose ones, all or nothing, named ``bundle.fkb/records.xlsx`` in reports.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import shutil
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import sqlalchemy as sa

from fieldkit import accounts
from fieldkit.anonymity import DEFAULT_K
from fieldkit.storage.database import Database
from fieldkit.sync import bundle, keys, kinds, trust
from fieldkit.sync.bundle import BundleError
from fieldkit.sync.workbook import (
    ExportResult,
    ImportResult,
    Reject,
    export_workbook,
    import_workbooks,
    limits,
    profiles,
)
from fieldkit.sync.workbook import preview as exchange_preview
from fieldkit.sync.workbook.source import Member, Source
from fieldkit.sync.workbook.writer import EXCHANGES

Progress = Callable[[str, int], None]
BUNDLE_SUFFIX = ".fkb"
UNFINISHED = "export-unfinished"  # exchange kind of a bundle's workbook until the bundle is written
WORKBOOK_SUFFIX = ".xlsx"


class UnsafeFile(BundleError):
    """A workbook too large or malformed to read safely; nothing was read from it."""


class NeedsPassword(BundleError):
    """The bundle is encrypted and no password was given: ask for one."""


NotEnrolled = trust.NotEnrolled


@dataclass(frozen=True)
class Sender:
    device_id: str
    name: str
    public_key: str
    revoked: tuple[keys.Revocation, ...] = ()  # what HQ's bundle says HQ revoked
    recovery: str | None = None  # HQ's recovery public key, from the join bundle of the HQ joined
    exchange: str | None = None  # HQ's exchange public key, from any bundle of the HQ joined


def sender_name(db: Database) -> str:
    return db.setting("device_name") or db.setting("volunteer_name") or db.device_id


def _profile(
    db: Database, name: str, district: str | None, recipient: str | None, k: int
) -> tuple[profiles.Profile, str, str]:
    """The profile, the exchange-log kind and the bundle kind of an export."""
    if name == "full":
        if district:
            raise ValueError("--for-district makes an HQ → field assignment; it needs no profile")
        return profiles.for_hq(), "export", "field-to-hq"
    if name == "pseudonymised":
        if not (recipient or "").strip():
            raise ValueError("a pseudonymised export is keyed to its recipient: name them")
        # Not an export to HQ: it must not move the "changed since last export" mark.
        return profiles.pseudonymised(db, recipient or "", k), "partner-export", "field-to-hq"
    if name == "assignment":
        if not district:
            raise ValueError("an assignment export needs the district it is for")
        return profiles.assignment(district), "assignment", "hq-to-field"
    if name == "join":
        return kinds.join_profile(), "join-bundle", "hq-join"
    raise ValueError(f"unknown export profile {name!r}: full, pseudonymised or assignment")


def export(
    db: Database,
    target: Path | str,
    *,
    changed: bool = False,
    password: str | None = None,
    profile: str = "full",
    district: str | None = None,
    recipient: str | None = None,
    k: int | None = None,
) -> ExportResult:
    """Write a workbook, or a signed bundle holding it when *target* ends in .fkb.

    *profile*: ``full`` (for HQ), ``pseudonymised`` (for partners: no names,
    phones or notes; never importable) or ``assignment`` (HQ → field: the
    reference data of *district* and the families assigned there).
    A pseudonymised export is for *recipient*, k-anonymous with *k*; it is
    always a whole workbook (a bundle's signature names this laptop, and
    k-anonymity holds over what one file carries).
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if profile == "pseudonymised" and (suffix == BUNDLE_SUFFIX or changed):
        raise ValueError(
            "a pseudonymised export is one whole workbook (.xlsx): a bundle is signed by "
            "this laptop, and k-anonymity holds over everything a file carries"
        )
    chosen, log_kind, bundle_kind = _profile(
        db, profile, district, recipient, DEFAULT_K if k is None else k
    )
    extra = _hq_members(db, bundle_kind, suffix, changed)
    if suffix == WORKBOOK_SUFFIX:
        if password:
            raise ValueError("a workbook cannot carry a password; export a bundle (.fkb) instead")
        return export_workbook(db, target, changed=changed, kind=log_kind, profile=chosen)
    if suffix != BUNDLE_SUFFIX:
        raise ValueError(f"{target.name}: name the export .xlsx (a workbook) or .fkb (a bundle)")
    # The workbook is made in memory and never exists in readable form on any
    # disk: a process killed mid-export leaves nothing behind, here or on the
    # stick. The inner export is logged as unfinished, so that it does not count
    # as an export (``--changed`` starts from the last one) until the bundle exists.
    _clear_stale(db.path.parent)  # staging folders of older versions
    # For HQ, with no password asked for: encrypted to the exchange key of the HQ
    # this laptop joined, so only HQ opens it and no password travels with it.
    recipient = keys.hq_exchange(db) if bundle_kind == kinds.FIELD_TO_HQ else None
    if password:
        recipient = None
    inner = Path(f"{target}.{uuid.uuid4().hex}.unfinished") / "records.xlsx"
    buffer = io.BytesIO()
    result = export_workbook(
        db, inner, changed=changed, kind=UNFINISHED, profile=chosen, into=buffer
    )
    unfinished = (EXCHANGES.c.kind == UNFINISHED, EXCHANGES.c.path == str(inner))
    try:
        bundle.write(
            target,
            {inner.name: buffer.getvalue(), **extra},
            kind=bundle_kind,
            sender={"device_id": db.device_id, "name": sender_name(db)},
            private_key=keys.private_key(db),
            password=password,
            recipient=recipient,
        )
    except BaseException:
        with contextlib.suppress(Exception), db.transaction() as conn:
            conn.execute(EXCHANGES.delete().where(*unfinished))
        raise
    finally:
        buffer.close()
    # The export log names the file the user has, not the private copy.
    with db.transaction() as conn:
        conn.execute(
            EXCHANGES.update()
            .where(*unfinished)
            .values(
                kind=log_kind,
                path=str(target),
                profile=f"{chosen.name}, encrypted" if password or recipient else chosen.name,
            )
        )
    result.path = target
    result.encrypted = "password" if password else "hq" if recipient else None
    return result


def _hq_members(db: Database, kind: str, suffix: str, changed: bool) -> dict[str, bytes]:
    """What a bundle HQ writes for the field carries besides its workbook: the
    keys revoked at HQ (``revoked.json``, docs/trust.md "Revocation"), HQ's
    exchange public key (``exchange.json``: laptops encrypt to it) and, in a
    join bundle, HQ's recovery public key where HQ recorded one (``recovery.json``,
    docs/data-protection.md "Recovery")."""
    if kind not in kinds.HQ_KINDS:
        return {}
    hq = keys.hq(db)
    if hq is not None:
        raise ValueError(
            f"this laptop joined HQ {hq.name} ({hq.fingerprint}): assignments and join "
            "bundles come from HQ, not from a laptop"
        )
    if kind == kinds.HQ_JOIN and (suffix != BUNDLE_SUFFIX or changed):
        raise ValueError("a join bundle is one whole signed bundle: name it .fkb")
    members = {
        kinds.REVOKED_MEMBER: kinds.revoked_json(db),
        kinds.EXCHANGE_MEMBER: kinds.exchange_json(db),
    }
    recovery = kinds.recovery_json(db) if kind == kinds.HQ_JOIN else None
    if recovery is not None:
        members[kinds.RECOVERY_MEMBER] = recovery
    return members


STAGING = ".fieldkit-export-"


def _clear_stale(folder: Path) -> None:
    """Staging folders left by a killed export (this database is locked: no other
    export of it is running)."""
    for stale in folder.glob(f"{STAGING}*"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)


Enrol = bool | str | frozenset[str]
"""Whom an import may enrol: nobody (``False``), the sender whose key has this
fingerprint (the command line's ``--enrol FINGERPRINT``), the senders whose keys
have one of these fingerprints (``merge --enrol`` given several times; the desktop
app's answers, one sender at a time), or any (``True``: tests only)."""


def may_enrol(enrol: Enrol, fingerprint: str) -> bool:
    """Whether *enrol* names the sender whose key has *fingerprint*."""
    if isinstance(enrol, bool):
        return enrol
    given = [enrol] if isinstance(enrol, str) else sorted(enrol)
    return any(g and keys.same_fingerprint(g, fingerprint) for g in given)


def open_bundle(db: Database, path: Path, *, password: str | None, enrol: Enrol) -> bundle.Opened:
    """Verify a bundle and its sender; enrol the sender first seen only if asked.

    The sender is checked (signature, enrolled key, or the fingerprint to enrol)
    before any password is tried, so a file from a refused sender costs no key
    derivation.
    """

    def check(manifest: Mapping[str, Any]) -> None:
        sender, key, kind = manifest["sender"], manifest["public_key"], manifest["kind"]
        device, name = sender["device_id"], sender["name"]
        # Only HQ enrols, and only volunteers' bundles: any other kind is
        # decided by the kind's rule, never by enrolling its signer.
        strict = kinds.strict_sender(db, kind)
        try:
            who = trust.signer(
                db,
                path.name,
                device,
                name,
                key,
                lambda fp: strict and may_enrol(enrol, fp),
                strict=strict,
            )
        except trust.NotEnrolled as exc:
            if isinstance(enrol, str) and enrol:
                raise BundleError(
                    f"{path.name} comes from {name or device}, whose key fingerprint is "
                    f"{exc.fingerprint}, not the {enrol} given to enrol; compare it with them again"
                ) from None
            raise
        kinds.check_sender(db, path.name, kind, who)

    try:
        opened = bundle.read(
            path, password=password, check_manifest=check, exchange_keys=keys.exchange_keys(db)
        )
        kinds.check_content(path.name, opened)  # what the kind may carry
        return opened
    except BundleError as exc:
        if "a password is needed" in str(exc):
            raise NeedsPassword(str(exc)) from None
        raise


@contextlib.contextmanager
def unpacked(
    db: Database, paths: Sequence[Path | str], password: str | None, enrol: Enrol
) -> Iterator[tuple[list[Source], list[Sender]]]:
    """Loose workbooks as they are; bundles verified and their workbooks kept in
    memory (:class:`~fieldkit.sync.workbook.limits.Member`): a decrypted workbook
    never touches the disk, so a process killed mid-import leaves none behind."""
    books: list[Source] = []
    senders: list[Sender] = []
    for raw in paths:
        path = Path(raw)
        if path.suffix.lower() != BUNDLE_SUFFIX:
            books.append(path)
            continue
        opened = open_bundle(db, path, password=password, enrol=enrol)
        senders.append(
            Sender(
                str(opened.sender.get("device_id")),
                str(opened.sender.get("name")),
                opened.sender_key,
                tuple(kinds.revocations_from(db, path.name, opened)),
                kinds.recovery_from(db, path.name, opened),
                kinds.exchange_from(db, path.name, opened),
            )
        )
        sender = (senders[-1].device_id, senders[-1].name, senders[-1].public_key)
        for name, data in sorted(opened.members.items()):
            if name.lower().endswith(WORKBOOK_SUFFIX):  # names were checked: no folders
                books.append(Member(f"{path.name}/{PurePosixPath(name).name}", data, sender))
    for book, shown in zip(books, display_names(books), strict=True):
        try:
            limits.check(book)  # bombs and vast sheets, before anything reads a cell
        except limits.Refused as exc:
            raise UnsafeFile(f"{shown}: {exc}") from None
    yield books, senders


def display_names(paths: Sequence[Source]) -> list[str]:
    """How each file is named to a person: a bundle's member as ``bundle.fkb/records.xlsx``."""
    return [str(p) for p in paths]


def _shown(result: ImportResult, books: Sequence[Source]) -> ImportResult:
    """Reports name ``bundle.fkb/records.xlsx``, never the private unpacked copy."""
    names = dict(zip((str(b) for b in books), display_names(books), strict=True))
    result.files = [names.get(f, f) for f in result.files]

    def renamed(found: list[Reject]) -> list[Reject]:
        return [dataclasses.replace(r, file=names.get(r.file, r.file)) for r in found]

    result.rejects, result.warnings = renamed(result.rejects), renamed(result.warnings)
    return result


def preview(
    db: Database,
    books: Sequence[Source],
    *,
    enrol: Enrol = False,
    accept_unsigned: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """:func:`fieldkit.sync.workbook.preview` of unpacked workbooks, with readable names."""
    result = exchange_preview(
        db,
        list(books),
        progress=progress,
        may_enrol=lambda fp: may_enrol(enrol, fp),
        accept_unsigned=accept_unsigned,
    )
    return _shown(result, books)


def preview_files(
    db: Database,
    paths: Sequence[Path | str],
    *,
    password: str | None = None,
    enrol: Enrol = False,
    accept_unsigned: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """What importing these files would do; nothing is kept (no enrolment either)."""
    with unpacked(db, paths, password, enrol) as (books, _senders):
        return preview(db, books, enrol=enrol, accept_unsigned=accept_unsigned, progress=progress)


def import_files(
    db: Database,
    paths: Sequence[Path | str],
    *,
    password: str | None = None,
    enrol: Enrol = False,
    accept_unsigned: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import workbooks and bundles all or nothing; enrol new senders if asked and applied.

    A file brings what its signer may (:mod:`fieldkit.sync.workbook.vouch`):
    the result says, per file, whose revisions it brought and which it could not."""
    with unpacked(db, paths, password, enrol) as (books, senders):
        result = import_workbooks(
            db,
            books,
            progress=progress,
            may_enrol=lambda fp: may_enrol(enrol, fp),
            accept_unsigned=accept_unsigned,
        )
        if result.applied:
            enrol_signers(db, result)
            keys.learn_revoked(db, [r for s in senders for r in s.revoked])
            for s in senders:  # the data's key sealed to HQ's (new) recovery key
                if s.recovery is not None:
                    accounts.add_recovery(db.path, db.unlocked, s.recovery, from_join=True)
                if s.exchange is not None:  # exports for HQ are encrypted to it from now on
                    keys.learn_hq_exchange(db, s.exchange)
            _rename_sources(db, books, result.backup)
        return _shown(result, books)


def enrol_signers(db: Database, result: ImportResult) -> None:
    """Enrol the signers a person chose to enrol for this import, once it is applied."""
    known = keys.trusted(db)
    for seen in result.trust:
        s = seen.signer
        if s.standing == trust.ENROLLED and known.get(s.device_id) != s.public_key:
            keys.enrol(db, s.device_id, s.name, s.public_key)
            known[s.device_id] = s.public_key


def _rename_sources(db: Database, books: Sequence[Source], backup: str | None) -> None:
    """History and the exchange log name ``bundle.fkb/records.xlsx``, not a temp
    path; the log also keeps the backup the import made (for an undo)."""
    from fieldkit.store import REVISIONS

    shown = dict(zip((str(b) for b in books), display_names(books), strict=True))
    with db.transaction() as conn:
        newest = conn.execute(
            sa.select(sa.func.max(EXCHANGES.c.at)).where(EXCHANGES.c.kind == "import")
        ).scalar()
        run = conn.execute(
            sa.select(EXCHANGES.c.id, EXCHANGES.c.path, EXCHANGES.c.counts).where(
                EXCHANGES.c.kind == "import", EXCHANGES.c.at == newest
            )
        ).all()
        for rid, path, counts in run:
            name = shown.get(path, path)
            data = json.loads(counts or "{}") | ({"backup": backup} if backup else {})
            conn.execute(
                EXCHANGES.update()
                .where(EXCHANGES.c.id == rid)
                .values(path=name, counts=json.dumps(data, sort_keys=True))
            )
            if name != path:
                conn.execute(
                    REVISIONS.update().where(REVISIONS.c.source == path[-200:]).values(source=name)
                )


def exchanges(db: Database, limit: int = 200) -> list[sa.Row[tuple[object, ...]]]:
    """Past exports, imports and merges, newest first."""
    with db.connect() as conn:
        return list(conn.execute(sa.select(EXCHANGES).order_by(EXCHANGES.c.at.desc()).limit(limit)))
