"""The workbook's columns, derived from the record declarations.

A sheet's columns are the sync metadata (:data:`SYNC_COLUMNS`) followed by the
record type's declared fields in declaration order. Row 1 holds the stable keys
(what the importer maps by), row 2 the human labels; data start on row 3.
Nothing here lists a record's fields: adding a field to ``records.py`` adds a
column.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fieldkit.declare import FieldSpec, Kind, RecordType
from fieldkit.storage.types import parse_utc

FORMAT = "fieldkit-workbook"
FORMAT_VERSION = 2  # what this fieldkit writes; it reads 1 and 2
META_SHEET = "about"
LISTS_SHEET = "_lists"
KEY_ROW = 1  # stable column keys
LABEL_ROW = 2  # human labels
FIRST_DATA_ROW = 3

# Workbook edits get a device id of their own, recognisable by this prefix, so
# that conflict detection can tell "changed in a spreadsheet" from a laptop.
WORKBOOK_DEVICE_PREFIX = "workbook-"
EDIT_TICK = timedelta(microseconds=1)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: float
    spec: FieldSpec | None = None  # None for the sync metadata columns


# The sync metadata, in this order, before the content fields (format 2).
SYNC_COLUMNS = (
    Column("id", "ID (do not change)", 38),
    Column("version", "Version", 9),
    Column("created_at", "Created (UTC)", 28),
    Column("updated_at", "Last changed (UTC)", 28),
    Column("device_id", "Device", 38),
    Column("author", "Saved by", 20),
    Column("deleted", "Deleted", 9),
    Column("rev", "Revision (do not change)", 12),
    Column("parents", "Made from (do not change)", 12),
    Column("seal", "Seal (do not change)", 16),
)
SYNC_KEYS = tuple(c.key for c in SYNC_COLUMNS)
# The cells the seal covers: what says which revision a row is. The content is
# not sealed (a person may correct it: a new revision); these must not change.
SEALED = (
    "id",
    "version",
    "created_at",
    "updated_at",
    "device_id",
    "author",
    "deleted",
    "rev",
    "parents",
)
# Format 1 (read only): no author, rev or parents; a fingerprint of the content.
SYNC_KEYS_1 = (
    "id",
    "version",
    "created_at",
    "updated_at",
    "device_id",
    "deleted",
    "fingerprint",
    "seal",
)
SEALED_1 = ("id", "version", "created_at", "updated_at", "device_id", "deleted", "fingerprint")
_SEAL_PART = 4  # hex digits per sealed cell: a typo slips through once in 65,536

# The revisions a record's row does not show (its history, and the other heads
# of a record in conflict) travel on this hidden sheet, one per row, so the
# receiver knows what derives from what (DESIGN.md, contract rule 4).
HISTORY_SHEET = "_history"
HISTORY_COLUMNS = (
    "record_type",
    "id",
    "rev",
    "parents",
    "version",
    "updated_at",
    "device_id",
    "author",
    "deleted",
    "content",
)

# The revisions this file carries (as a row or on the history sheet) that erase a
# person (fieldkit.erasure): one per row, signed like every sheet, so that the
# receiver purges its own copies (docs/exchange-format.md, "Erasures").
ERASURES_SHEET = "_erasures"
ERASURE_COLUMNS = ("record_type", "id", "rev")


def dump_parents(parents: Iterable[str]) -> str:
    """A parents cell: the revs, sorted, separated by spaces."""
    return " ".join(sorted(parents))


def parse_parents(text: str) -> tuple[str, ...] | None:
    """The revs of a parents cell, or None if it is not one."""
    found = text.replace(",", " ").split()
    if not all(_REV.fullmatch(p) for p in found):
        return None
    return tuple(sorted(set(found)))


_REV = re.compile(r"[0-9a-f]{64}")


def is_rev(text: str) -> bool:
    return bool(_REV.fullmatch(text))


def seal(values: dict[str, str], sealed: tuple[str, ...] = SEALED) -> str:
    """The row's seal: a short hash of each sealed cell's canonical text, in order,
    so a changed cell is named, not only noticed. It guards against slips in a
    spreadsheet; a signed file (fieldkit.sync.bundle) guards against forgery."""
    return "".join(_part(k, values.get(k, "")) for k in sealed)


def unsealed(stated: str, values: dict[str, str], sealed: tuple[str, ...] = SEALED) -> list[str]:
    """The sealed cells whose text no longer matches *stated* (a seal as written)."""
    parts = [stated[i : i + _SEAL_PART] for i in range(0, len(stated), _SEAL_PART)]
    if len(parts) != len(sealed):
        return ["seal"]
    return [k for k, part in zip(sealed, parts, strict=True) if part != _part(k, values.get(k, ""))]


def _part(key: str, text: str) -> str:
    return hashlib.sha256(f"{key}={text}".encode()).hexdigest()[:_SEAL_PART]


_WIDTH = {
    Kind.TEXT: 24,
    Kind.NOTE: 40,
    Kind.PHONE: 18,
    Kind.INT: 10,
    Kind.FLOAT: 11,
    Kind.MONEY: 12,
    Kind.DATE: 12,
    Kind.BOOL: 9,
    Kind.CHOICE: 18,
    Kind.MULTI: 28,
    Kind.REF: 38,
}


def columns(rtype: RecordType) -> list[Column]:
    """Every column of *rtype*'s sheet, in the order they are written."""
    content = [
        Column(f.name, f.label + (" *" if f.required else ""), _width(f), f) for f in rtype.fields
    ]
    return [*SYNC_COLUMNS, *content]


def _width(spec: FieldSpec) -> float:
    if spec.kind is Kind.REF and spec.ref_key != "id":
        return 12  # a reference by code (a district) is short
    return _WIDTH[spec.kind]


def workbook_device(exporter: str) -> str:
    """The device id of revisions made by editing a workbook exported by *exporter*.

    36 characters like a UUID, fixed for a given exporting device, so the same
    edit imported twice, anywhere, is the same revision.
    """
    digest = hashlib.sha256(exporter.encode("utf-8")).hexdigest()
    return WORKBOOK_DEVICE_PREFIX + digest[: 36 - len(WORKBOOK_DEVICE_PREFIX)]


_WORKBOOK_DEVICE = re.compile(re.escape(WORKBOOK_DEVICE_PREFIX) + r"[0-9a-f]{27}")


def is_workbook_device(device_id: str) -> bool:
    return bool(_WORKBOOK_DEVICE.fullmatch(device_id))


def looks_like_id(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def escape_text(value: str) -> str:
    """*value* as an Office Open XML string: the underscore of a literal
    ``_xHHHH_`` is written ``_x005F_``, as Excel does.

    Readers decode ``_xHHHH_`` to the character it names (python-calamine, Excel,
    LibreOffice for the escaped underscore), so without this a note holding
    ``_x0041_`` would come back as ``A``. LibreOffice writes the same escape;
    Gnumeric, openpyxl and pandas keep the text as they read it, escape included.
    """
    return _LOOKS_ESCAPED.sub("_x005F_", value) if "_x" in value else value


def canonicalizer(
    rtype: RecordType, *, drop_empty: bool = False, legacy: bool = False
) -> Callable[[list[Any]], str]:
    """``store.canonical(content)`` for a list of values in declaration order
    (with *drop_empty*, ``store.address_json(content)``: empty fields left out;
    with *legacy*, only the fields format 1 knew: see :func:`identity`).

    The same text, without building and sorting a dict per row through
    ``store``'s generic path: export and import do this for every row, and
    both must stay close to what openpyxl alone costs.
    """
    chosen = [(i, f) for i, f in enumerate(rtype.fields) if not (legacy and f.added)]
    names = [f.name for _, f in chosen]
    order = sorted(range(len(names)), key=names.__getitem__)
    keys = [names[i] for i in order]
    source = [chosen[i][0] for i in order]
    textual = [pos for pos, i in enumerate(order) if chosen[i][1].kind in (Kind.DATE, Kind.MONEY)]
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def canonical(values: list[Any]) -> str:
        ordered = [values[i] for i in source]
        for pos in textual:
            v = ordered[pos]
            if v is not None:
                ordered[pos] = v.isoformat() if isinstance(v, date) else str(v)
        pairs = zip(keys, ordered, strict=True)
        if drop_empty:
            return dumps({k: v for k, v in pairs if v is not None})
        return dumps(dict(pairs))

    return canonical


def identity(rtype: RecordType) -> Callable[[list[Any]], str]:
    """The canonical content a format-1 identity (fingerprint) is taken over:
    the fields format 1 knew, while every field declared since is empty (as
    in any revision saved before it existed); else every field."""
    later = [i for i, f in enumerate(rtype.fields) if f.added]
    full = canonicalizer(rtype)
    if not later:
        return full
    old = canonicalizer(rtype, legacy=True)

    def canonical(values: list[Any]) -> str:
        return old(values) if all(values[i] is None for i in later) else full(values)

    return canonical


def parse_stamp(text: str) -> datetime:
    """:func:`fieldkit.storage.types.parse_utc`, fast for the exact stored form."""
    if len(text) == 27 and text[10] == "T" and text[19] == "." and text[26] == "Z":
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return parse_utc(text)
