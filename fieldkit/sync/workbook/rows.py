"""Import: one workbook row -> one validated revision (or the reasons why not).

The sync columns are checked here, the content through
:func:`fieldkit.validate.clean` (every cell against the declarations), and a
row whose content no longer matches the fingerprint it was exported with gets
the deterministic metadata of a spreadsheet edit (:func:`_edit_metadata`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fieldkit import revisions as graph
from fieldkit import store
from fieldkit.declare import FieldSpec, Kind, RecordType
from fieldkit.storage.types import parse_utc, utc_text
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import signature
from fieldkit.sync.workbook.result import Incoming
from fieldkit.validate import Invalid, ValidationError, clean, coerce

_HEX64 = re.compile(r"[0-9a-f]{64}")
_VERSION = FieldSpec(Kind.INT, "Version", minimum=1, name="version")
_BOOL = FieldSpec(Kind.BOOL, "Deleted", name="deleted")
_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2_958_466  # 9999-12-31


@dataclass
class Layout:
    """Where a sheet's columns are (found from its key row), and per-type helpers."""

    rtype: RecordType
    index: dict[str, int]  # column key -> position in the row
    field_index: list[tuple[str, int]]  # content fields in declaration order
    letters: dict[str, str]  # column key -> Excel letter, for reports
    sheet: str = ""  # the sheet's name in the file (any letter case); the type's name if empty
    canonical: Callable[[list[Any]], str] = field(init=False)
    date_fields: list[str] = field(init=False)

    format: int = cols.FORMAT_VERSION
    address: Callable[[list[Any]], str] = field(init=False)
    # What a signature covers, one digest per row read (signature.py); None: not gathered.
    digests: list[bytes] | None = None

    def __post_init__(self) -> None:
        self.canonical = cols.identity(self.rtype)
        self.address = cols.canonicalizer(self.rtype, drop_empty=True)
        self.date_fields = [f.name for f in self.rtype.fields if f.kind is Kind.DATE]


def _cell(row: list[Any], j: int) -> Any:
    return row[j] if j < len(row) else None


def _stamp(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, str):
        try:
            return cols.parse_stamp(value.strip())
        except ValueError:
            pass
    raise Invalid(f"{value!r} is not a UTC timestamp like 2025-03-12T10:15:00.000000Z")


def read_row(
    layout: Layout,
    row: list[Any],
    number: int,
    book_meta: dict[str, str],
    file: str,
    reject: Callable[[str, str, int], None],
) -> Incoming | None:
    """The revision in *row* (Excel row *number*), or None after reporting
    every refused cell through *reject* (column key, reason, row number)."""
    rtype, index, letters = layout.rtype, layout.index, layout.letters
    name = rtype.name
    bad = False

    def fail(key: str, reason: str) -> None:
        nonlocal bad
        bad = True
        reject(key, reason, number)

    rid = _cell(row, index["id"])
    rid = rid.strip() if isinstance(rid, str) else rid
    if not isinstance(rid, str) or not cols.looks_like_id(rid):
        fail(
            "id",
            "a row needs the id it was exported with (new records cannot be added here)"
            if rid in ("", None)
            else f"{rid!r} is not a record id",
        )
    meta: dict[str, Any] = {}
    for key, convert in (
        ("version", lambda v: coerce(_VERSION, v)),
        ("updated_at", _stamp),
        ("deleted", lambda v: bool(coerce(_BOOL, v))),
    ):
        try:
            meta[key] = convert(_cell(row, index[key]))
            if meta[key] is None:
                raise Invalid("is required")
        except Invalid as exc:
            fail(key, str(exc))
    created = _cell(row, index["created_at"]) if "created_at" in index else None
    try:
        meta["created_at"] = _stamp(created) if created not in ("", None) else None
    except Invalid as exc:
        fail("created_at", str(exc))
    device = _cell(row, index["device_id"])
    device = str(device).strip() if device not in ("", None) else ""
    v2 = layout.format >= 2
    # Every device id fieldkit ever wrote is a UUID (or a format-1 workbook
    # device): anything else, "=HYPERLINK(...)" say, is refused, never stored.
    if not (cols.looks_like_id(device) or cols.is_workbook_device(device)):
        fail("device_id", "needs the id of the device that made the revision (a UUID)")
    author = rev = ""
    parents: tuple[str, ...] | None = ()
    if v2:
        author = _text(_cell(row, index["author"]) if "author" in index else None)
        if len(author) > 200:
            fail("author", "is longer than 200 characters")
        rev = _text(_cell(row, index["rev"])).lower()
        if not cols.is_rev(rev):
            fail("rev", "is not a revision address (64 hexadecimal digits)")
        parents = cols.parse_parents(_text(_cell(row, index["parents"])).lower())
        if parents is None:
            fail("parents", "is not a list of revision addresses")
    exported_fp = _cell(row, index["fingerprint"]) if "fingerprint" in index else None
    exported_fp = exported_fp.strip().lower() if isinstance(exported_fp, str) else exported_fp
    if exported_fp not in ("", None) and not (
        isinstance(exported_fp, str) and _HEX64.fullmatch(exported_fp)
    ):
        fail("fingerprint", "is not a SHA-256 fingerprint (64 hexadecimal digits)")
    stated = _cell(row, index["seal"]) if "seal" in index else None
    stated = stated.strip().lower() if isinstance(stated, str) else stated
    if not bad and v2 and stated in ("", None):
        fail("seal", "the seal was removed; put back what was exported")
    if not bad and stated not in ("", None):
        texts = {
            "id": rid,
            "version": str(meta["version"]),
            "created_at": utc_text(meta["created_at"]) if meta["created_at"] else "",
            "updated_at": utc_text(meta["updated_at"]),
            "device_id": device,
            "author": author,
            "deleted": "yes" if meta["deleted"] else "no",
            "fingerprint": exported_fp or "",
            "rev": rev,
            "parents": cols.dump_parents(parents or ()),
        }
        sealed = cols.SEALED if v2 else cols.SEALED_1
        if v2 and layout.digests is not None:
            layout.digests.append(signature.row_digest(rtype.name, [texts[k] for k in sealed]))
        for key in cols.unsealed(str(stated), texts, sealed):
            fail(
                key,
                "deleting and restoring are done in the app, not by changing this cell"
                if key == "deleted"
                else "this cell identifies the revision the row was exported as and was "
                "changed in the spreadsheet; put back what was exported",
            )
    elif not bad and "seal" in index and exported_fp not in ("", None):
        fail("seal", "the seal was removed; put back what was exported")
    try:
        raw = {f: _cell(row, j) for f, j in layout.field_index}
        for f in layout.date_fields:
            raw[f] = _serial_date(raw[f])
        content = clean(rtype, raw, tombstone=bool(meta.get("deleted")))
    except ValidationError as exc:
        for e in exc.errors:
            fail(e.field, e.message)
        content = {}
    if bad:
        return None
    content_json = layout.canonical(list(content.values()))
    fp = store.fingerprint(content_json)
    if v2:
        assert parents is not None
        return _revision_2(
            layout,
            rid,
            meta,
            device,
            author or None,
            rev,
            parents,
            content,
            content_json,
            fp,
            file,
            number,
            book_meta,
        )
    version, updated, device_id = meta["version"], meta["updated_at"], device
    edited = bool(exported_fp) and exported_fp != fp
    # An edit made in the sheet derives from the very revision the row was exported as.
    base = (
        graph.legacy_rev(rid, meta["version"], str(exported_fp), meta["deleted"])
        if edited
        else None
    )
    if edited:
        version, updated, device_id = _edit_metadata(book_meta, version, updated)
    return Incoming(
        record_type=name,
        id=rid,
        version=version,
        created_at=meta["created_at"] or meta["updated_at"],
        updated_at=updated,
        device_id=device_id,
        deleted=meta["deleted"],
        content=content,
        content_json=content_json,
        fingerprint=fp,
        edited=edited,
        base=base,
        file=file,
        sheet=layout.sheet or name,
        row=number,
        letters=letters,
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _revision_2(
    layout: Layout,
    rid: str,
    meta: dict[str, Any],
    device: str,
    author: str | None,
    rev: str,
    parents: tuple[str, ...],
    content: dict[str, Any],
    content_json: str,
    fp: str,
    file: str,
    number: int,
    book_meta: dict[str, str],
) -> Incoming:
    """A format-2 row: the revision it names, or, when its content no longer
    matches that address, an edit made in the spreadsheet, a child of it."""
    rtype = layout.rtype
    address = layout.address(list(content.values()))
    deleted = meta["deleted"]

    def incoming(**kw: Any) -> Incoming:
        base: dict[str, Any] = dict(
            record_type=rtype.name,
            id=rid,
            version=meta["version"],
            created_at=meta["created_at"] or meta["updated_at"],
            updated_at=meta["updated_at"],
            device_id=device,
            deleted=deleted,
            content=content,
            content_json=content_json,
            fingerprint=fp,
            edited=False,
            file=file,
            sheet=layout.sheet or rtype.name,
            row=number,
            letters=layout.letters,
            author=author,
        )
        return Incoming(**(base | kw))

    if rev == graph.rev_of(rid, address, deleted, parents):
        return incoming(rev=rev, parents=parents)
    if graph.is_legacy(rev, rid, meta["version"], fp, deleted):
        return incoming()  # a format-1 revision: its parents are guessed here
    # Edited in the spreadsheet. The revision it was made from is known here by
    # its address and parents at least (a stub, if its content never arrived).
    origin = incoming(
        content={}, content_json="{}", fingerprint=store.STUB, rev=rev, parents=parents, stub=True
    )
    edit_parents = (rev,)
    # Saved when? Not known: the file's time (shown only), the same on every
    # machine that imports this file, whatever the order.
    _, when, _ = _edit_metadata(book_meta, meta["version"], meta["updated_at"])
    return incoming(
        rev=graph.rev_of(rid, address, deleted, edit_parents),
        parents=edit_parents,
        updated_at=when,
        version=meta["version"] + 1,
        edited=True,
        base=rev,
        origin=origin,
        author=None,  # the importer's: set when imported (fieldkit.sync.workbook.importer)
    )


def _serial_date(value: Any) -> Any:
    """A date cell whose format was changed to General shows its serial number
    (days since 1899-12-30 in Excel's 1900 system); read it as that date."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < _MAX_SERIAL and float(value).is_integer():
            return _EPOCH + timedelta(days=int(value))
    return value


def _edit_metadata(
    meta: dict[str, str], version: int, updated: datetime
) -> tuple[int, datetime, str]:
    """The metadata of a revision made by editing a row in the spreadsheet.

    Deterministic, from the file alone (never "now", never the importing
    device), so importing the same edited workbook twice, or into another
    database, makes the same revision: version + 1; changed at the later of
    the export time and the base revision's time + 1 µs; made by the
    workbook device of the exporting device (:func:`columns.workbook_device`).
    """
    when = updated + cols.EDIT_TICK
    try:
        exported = parse_utc(meta.get("exported_at", ""))
        when = max(when, exported)
    except ValueError:
        pass
    return version + 1, when, cols.workbook_device(meta.get("device_id") or "unknown")
