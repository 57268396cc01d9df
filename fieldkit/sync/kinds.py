"""What each bundle kind may carry, and from whom (docs/trust.md, "Bundle kinds").

A bundle's manifest names its kind, and the signature covers it:

* ``field-to-hq`` — a volunteer's records for HQ. HQ (a machine that joined no
  HQ) takes it from an enrolled sender; a laptop that joined HQ refuses it (a
  volunteer's bundle goes to HQ, not to another laptop), its own brought back
  excepted.
* ``hq-to-field`` — an assignment: HQ's reference data and the families of one
  district. Accepted only by a laptop that joined HQ, only signed by that HQ's
  key, and only carrying what an assignment carries (:func:`carried_types`).
* ``hq-join`` — HQ's join bundle: its key (the manifest's), the reference data
  without people, the revocations and, where HQ recorded one, HQ's recovery
  public key (``recovery.json``: the laptop seals its database key to it when it
  joins). ``fieldkit join`` reads it; once joined, an import accepts it only
  from that HQ (fresh reference data).

Both HQ kinds carry ``revoked.json``, the keys revoked at HQ: a laptop that
imports one learns them (:func:`fieldkit.sync.keys.learn_revoked`). Decided by
keys and signatures alone, never by a date a file states.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Sequence
from typing import Any

import python_calamine as calamine

from fieldkit import records
from fieldkit.declare import Kind
from fieldkit.storage.database import Database
from fieldkit.sync import keys, trust
from fieldkit.sync.bundle import TEXT_MAX, BundleError, Opened
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import limits, profiles
from fieldkit.sync.workbook.source import Member

FIELD_TO_HQ, HQ_TO_FIELD, HQ_JOIN = "field-to-hq", "hq-to-field", "hq-join"
HQ_KINDS = (HQ_TO_FIELD, HQ_JOIN)
REVOKED_MEMBER = "revoked.json"
RECOVERY_MEMBER = "recovery.json"  # a join bundle's: HQ's X25519 recovery public key
EXCHANGE_MEMBER = "exchange.json"  # every HQ bundle's: HQ's X25519 exchange public key
RECOVERY_SETTING = "hq_recovery_public_key"  # at HQ: the key its join bundles carry
MOST_REVOKED = 100_000  # more than any fleet will ever revoke; bounds what a file makes us store
HEADER_ROWS = 10  # as the reader: the header is found within the first rows


def join_types() -> tuple[str, ...]:
    """The record types of a join bundle: reference data that names nobody on a
    family's side — reference types whose references all point at reference
    types (a merged duplicate points at people: left out)."""
    reference = records.record_types(reference=True)
    names = {r.name for r in reference}
    return tuple(
        r.name for r in reference if all(f.ref in names for f in r.fields if f.kind is Kind.REF)
    )


def join_profile() -> profiles.Profile:
    """Every row of the :func:`join_types`. Named an assignment on its about
    sheet (an assignment to no district, without families): the importable
    profile of what HQ sends the field."""
    return profiles.Profile("assignment", types=join_types())


def carried_types(kind: str) -> tuple[str, ...] | None:
    """The record types a bundle of *kind* may carry rows of; None: any."""
    if kind == HQ_TO_FIELD:
        return profiles.assignment("").types
    if kind == HQ_JOIN:
        return join_types()
    return None


# --- who may send which kind --------------------------------------------------------


def strict_sender(db: Database, kind: str) -> bool:
    """Whether an unknown sender of *kind* is told to be enrolled (HQ receiving
    a volunteer's bundle), rather than refused for the kind (:func:`check_sender`)."""
    return kind == FIELD_TO_HQ and keys.hq(db) is None


def check_sender(db: Database, file: str, kind: str, signer: trust.Signer) -> None:
    """Refuse (one line naming *file*) a bundle of *kind* this signer may not send here."""
    hq = keys.hq(db)
    if hq is None:
        if kind == HQ_TO_FIELD:
            raise trust.Refused(
                f"{file} is an HQ assignment, and this laptop has not joined HQ: join HQ first: "
                'fieldkit join JOIN.fkb --fingerprint "XXXX ...", with the join bundle HQ gives you'
            )
        if kind == HQ_JOIN:
            raise trust.Refused(
                f"{file} is HQ's join bundle: join HQ with it after comparing HQ's key "
                f'fingerprint {signer.fingerprint} (fieldkit join {file} --fingerprint "...")'
            )
        return
    if kind in HQ_KINDS and signer.standing != trust.HQ:
        raise trust.Refused(
            f"{file} claims to come from HQ but is not signed by the HQ this laptop joined "
            f"({hq.name}, {hq.fingerprint}): refused"
        )
    if kind == FIELD_TO_HQ and signer.standing != trust.OWN:
        raise trust.Refused(
            f"{file} is a volunteer's bundle for HQ ({signer.describe()}): "
            "a volunteer's bundle goes to HQ, not to a laptop"
        )


# --- what the kind may carry --------------------------------------------------------


def check_content(file: str, opened: Opened) -> None:
    """Refuse an HQ bundle carrying more than its kind may: a member other than
    its workbooks and ``revoked.json`` (and a join bundle's ``recovery.json``), a
    malformed one of those, or rows of a record type its kind does not carry (a
    sheet, or the history sheet)."""
    kind = opened.manifest["kind"]
    allowed = carried_types(kind)
    if allowed is None:
        return
    for name, data in sorted(opened.members.items()):
        shown = f"{file}/{name}"
        if name == REVOKED_MEMBER:
            parse_revoked(shown, data)
        elif name == RECOVERY_MEMBER and kind == HQ_JOIN:
            parse_recovery(shown, data)
        elif name == EXCHANGE_MEMBER:
            parse_recovery(shown, data)  # the same shape: one X25519 public key
        elif name.lower().endswith(".xlsx"):
            _check_sheets(shown, data, allowed, kind)
        else:
            also = f", {RECOVERY_MEMBER}" if kind == HQ_JOIN else ""
            raise BundleError(
                f"{shown}: an {kind} bundle carries workbooks, {REVOKED_MEMBER}, "
                f"{EXCHANGE_MEMBER}{also} only"
            )


def _kind_name(kind: str) -> str:
    return "a join bundle" if kind == HQ_JOIN else "an assignment"


def _check_sheets(shown: str, data: bytes, allowed: Sequence[str], kind: str) -> None:
    try:
        limits.check(Member(shown, data))  # bombs first, before a reader opens it
    except limits.Refused as exc:
        raise BundleError(f"{shown}: {exc}") from None
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except (calamine.CalamineError, ValueError, OSError):
        return  # not a workbook the reader can open: the import refuses it in its own words
    types = {r.name: r for r in records.record_types()}
    carried = ", ".join(allowed)
    for title in book.sheet_names:
        folded = title.strip().casefold()
        try:
            if folded in (cols.HISTORY_SHEET, cols.ERASURES_SHEET):
                bad = _history_rows(book.get_sheet_by_name(title).to_python(), allowed)
                if bad:
                    what = "history" if folded == cols.HISTORY_SHEET else "erasures"
                    raise BundleError(
                        f"{shown}, sheet {title}: {what} of {bad} records; "
                        f"{_kind_name(kind)} carries only {carried}"
                    )
            elif folded in types and folded not in allowed:
                if _has_rows(book.get_sheet_by_name(title).to_python()):
                    raise BundleError(
                        f"{shown}, sheet {title}: {_kind_name(kind)} carries only {carried}, "
                        f"never {folded} records"
                    )
        except calamine.CalamineError:
            continue  # the import reads (and refuses) a sheet it cannot read


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_rows(rows: list[list[Any]]) -> bool:
    """Whether a record sheet holds any row beyond its header and labels."""
    header = next(
        (
            i
            for i, row in enumerate(rows[:HEADER_ROWS])
            if {"id", "version"} <= {c.strip() for c in row if isinstance(c, str)}
        ),
        None,
    )
    label = cols.SYNC_COLUMNS[0].label
    start = 0 if header is None else header + 1
    for row in rows[start:]:
        if all(_blank(c) for c in row):
            continue
        first = next((c for c in row if not _blank(c)), "")
        if header is not None and isinstance(first, str) and first.strip() == label:
            continue  # the label row under the keys
        return True
    return False


def _history_rows(rows: list[list[Any]], allowed: Sequence[str]) -> str | None:
    """The first record type outside *allowed* that a sheet listing revisions (the
    history, the erasures) has rows of."""
    if not rows:
        return None
    head = [c.strip() if isinstance(c, str) else "" for c in rows[0]]
    if "record_type" not in head:
        return None  # the import refuses a history sheet without its columns
    at = head.index("record_type")
    for row in rows[1:]:
        value = row[at] if at < len(row) else None
        if not _blank(value) and str(value).strip() not in allowed:
            return str(value).strip()[:40]
    return None


# --- revocations --------------------------------------------------------------------


def revoked_json(db: Database) -> bytes:
    """``revoked.json`` of an HQ bundle: every key revoked here."""
    entries = [r.__dict__ for r in keys.revocations(db)]
    return json.dumps(entries, ensure_ascii=False, sort_keys=True, indent=1).encode()


def parse_revoked(shown: str, data: bytes) -> list[keys.Revocation]:
    """The revocations an HQ bundle lists, or a one-line refusal naming the member."""

    def malformed(what: str) -> BundleError:
        return BundleError(f"{shown} is malformed ({what}): the bundle is refused")

    try:
        entries = json.loads(data)
    except (ValueError, RecursionError):
        raise malformed("not JSON") from None
    if not isinstance(entries, list) or len(entries) > MOST_REVOKED:
        raise malformed(f"a list of at most {MOST_REVOKED} revoked keys")
    out = []
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or set(e) != {"public_key", "device_id", "revoked_at"}:
            raise malformed(f"entry {i + 1} must have public_key, device_id and revoked_at")
        if not all(isinstance(v, str) and 0 < len(v) <= TEXT_MAX for v in e.values()):
            raise malformed(f"entry {i + 1}: each value is non-empty text")
        try:
            raw = base64.b64decode(e["public_key"], validate=True)
        except ValueError:
            raw = b""
        if len(raw) != 32:
            raise malformed(f"entry {i + 1}: public_key must be base64 of 32 bytes")
        out.append(keys.Revocation(e["public_key"], e["device_id"], e["revoked_at"]))
    return out


def revocations_from(db: Database, file: str, opened: Opened) -> list[keys.Revocation]:
    """What a bundle signed by the HQ this laptop joined says HQ revoked; none
    from any other signer (a revocation is believed from HQ alone)."""
    hq = keys.hq(db)
    data = opened.members.get(REVOKED_MEMBER)
    if hq is None or data is None or opened.sender_key != hq.public_key:
        return []
    if opened.manifest.get("kind") not in HQ_KINDS:
        return []
    return parse_revoked(f"{file}/{REVOKED_MEMBER}", data)


# --- HQ's recovery key --------------------------------------------------------------


def recovery_json(db: Database) -> bytes | None:
    """``recovery.json`` of HQ's join bundle: the recovery public key HQ recorded
    (``fieldkit hq recovery-key``), or None when it recorded none."""
    public = db.setting(RECOVERY_SETTING)
    if not public:
        return None
    return json.dumps({"public_key": public}, sort_keys=True).encode()


def parse_recovery(shown: str, data: bytes) -> str:
    """The recovery public key (base64 of 32 bytes) a join bundle carries, or a
    one-line refusal naming the member."""

    def malformed(what: str) -> BundleError:
        return BundleError(f"{shown} is malformed ({what}): the bundle is refused")

    try:
        entry = json.loads(data)
    except (ValueError, RecursionError):
        raise malformed("not JSON") from None
    if not isinstance(entry, dict) or set(entry) != {"public_key"}:
        raise malformed("an object with public_key only")
    public = entry["public_key"]
    try:
        raw = base64.b64decode(public, validate=True) if isinstance(public, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise malformed("public_key must be base64 of 32 bytes")
    return base64.b64encode(raw).decode("ascii")


def recovery_from(db: Database, file: str, opened: Opened) -> str | None:
    """HQ's recovery public key from a join bundle signed by the HQ this laptop
    joined; None from any other bundle or signer."""
    return _key_from_hq(db, file, opened, RECOVERY_MEMBER, (HQ_JOIN,))


def _key_from_hq(
    db: Database, file: str, opened: Opened, member: str, kinds: Sequence[str]
) -> str | None:
    """The public key in *member* of a bundle of one of *kinds* signed by the HQ
    this laptop joined; None from any other bundle or signer."""
    hq = keys.hq(db)
    data = opened.members.get(member)
    if hq is None or data is None or opened.sender_key != hq.public_key:
        return None
    if opened.manifest.get("kind") not in kinds:
        return None
    return parse_recovery(f"{file}/{member}", data)


# --- HQ's exchange key ----------------------------------------------------------------


def exchange_json(db: Database) -> bytes:
    """``exchange.json`` of every HQ bundle: HQ's exchange public key, which the
    laptops that joined encrypt their bundles for HQ to (docs/data-protection.md)."""
    return json.dumps({"public_key": keys.exchange_public(db)}, sort_keys=True).encode()


def exchange_from(db: Database, file: str, opened: Opened) -> str | None:
    """HQ's exchange public key from an HQ bundle signed by the HQ this laptop
    joined; None from any other bundle or signer."""
    return _key_from_hq(db, file, opened, EXCHANGE_MEMBER, HQ_KINDS)
