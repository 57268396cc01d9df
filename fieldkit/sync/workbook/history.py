"""Import: the history sheet of a format-2 workbook, one revision per row.

A record's row shows one revision (its head). The revisions before it, and the
other heads of a record in conflict, travel here with their content as
canonical JSON, so a receiver that never saw the intermediate revisions still
knows what derives from what (DESIGN.md, contract rule 4) and can merge
against the true common ancestor. The sheet is hidden and not for editing:
a row whose content does not match its address is refused, naming the cell.
A row with no content is a stub: a revision known by its address and parents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from fieldkit import records, store
from fieldkit import revisions as graph
from fieldkit.declare import FieldSpec, Kind
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import signature
from fieldkit.sync.workbook.result import Incoming
from fieldkit.validate import Invalid, ValidationError, clean, coerce

if TYPE_CHECKING:
    from fieldkit.sync.workbook.reader import Workbook

_VERSION = FieldSpec(Kind.INT, "Version", minimum=1, name="version")
_BOOL = FieldSpec(Kind.BOOL, "Deleted", name="deleted")


def read(wb: Workbook, sheet: Any, title: str) -> Iterator[Incoming]:
    rows = sheet.iter_rows()
    head = next(rows, None)
    index = {c.strip(): j for j, c in enumerate(head or []) if isinstance(c, str) and c.strip()}
    missing = [k for k in cols.HISTORY_COLUMNS if k not in index]
    if missing:
        wb.reject(title, 1, None, None, f"columns missing: {', '.join(missing)}")
        return
    letters = {k: get_column_letter(j + 1) for k, j in index.items()}
    types = {r.name: r for r in records.record_types()}
    for number, row in enumerate(rows, start=2):
        cell = {k: (row[j] if j < len(row) else None) for k, j in index.items()}
        if all(v in ("", None) for v in cell.values()):
            continue
        problems: list[tuple[str, str]] = []

        def text(key: str, cell: dict[str, Any] = cell) -> str:
            v = cell.get(key)
            return "" if v is None else str(v).strip()

        rtype = types.get(text("record_type"))
        if rtype is None:
            problems.append(("record_type", f"{text('record_type')!r} is not a record type"))
        rid = text("id")
        if not cols.looks_like_id(rid):
            problems.append(("id", f"{rid!r} is not a record id"))
        rev = text("rev").lower()
        if not cols.is_rev(rev):
            problems.append(("rev", "is not a revision address (64 hexadecimal digits)"))
        parents = cols.parse_parents(text("parents").lower())
        if parents is None:
            problems.append(("parents", "is not a list of revision addresses"))
        meta: dict[str, Any] = {}
        try:
            meta["version"] = coerce(_VERSION, cell.get("version"))
            if meta["version"] is None:
                raise Invalid("is required")
        except Invalid as exc:
            problems.append(("version", str(exc)))
        try:
            meta["updated_at"] = cols.parse_stamp(text("updated_at"))
        except ValueError:
            problems.append(("updated_at", "is not a UTC timestamp"))
        try:
            meta["deleted"] = bool(coerce(_BOOL, cell.get("deleted")))
        except Invalid as exc:
            problems.append(("deleted", str(exc)))
        device = text("device_id")
        if not (cols.looks_like_id(device) or cols.is_workbook_device(device)):
            problems.append(("device_id", "needs the id of the device that made it (a UUID)"))
        author = text("author")
        raw = text("content")
        content: dict[str, Any] = {}
        if raw and rtype is not None:
            try:
                values = json.loads(raw)
                if not isinstance(values, dict):
                    raise ValueError
                unknown = sorted(set(values) - set(rtype.field_names()))
                if unknown:
                    raise Invalid(f"fields this fieldkit does not know: {', '.join(unknown)}")
                content = clean(
                    rtype,
                    {n: values.get(n) for n in rtype.field_names()},
                    tombstone=bool(meta.get("deleted")),
                )
            except Invalid as exc:
                problems.append(("content", str(exc)))
            except ValidationError as exc:
                problems.append(
                    ("content", "; ".join(f"{e.field}: {e.message}" for e in exc.errors))
                )
            except ValueError:
                problems.append(("content", "is not a revision's content (a JSON object)"))
        if not problems and rtype is not None and parents is not None:
            stub = not raw
            content_json = "{}" if stub else store.identity_json(rtype, content)
            fp = store.STUB if stub else store.fingerprint(content_json)
            legacy = not stub and graph.is_legacy(rev, rid, meta["version"], fp, meta["deleted"])
            if not (stub or legacy) and rev != store.address(
                rid, content, meta["deleted"], parents
            ):
                problems.append(
                    ("content", "does not match the revision's address: changed by hand?")
                )
            else:
                wb.digests.setdefault(cols.HISTORY_SHEET, []).append(
                    signature.history_digest(
                        rtype.name,
                        rid,
                        rev,
                        cols.dump_parents(parents),
                        meta["version"],
                        text("updated_at"),
                        device,
                        author,
                        meta["deleted"],
                        not stub,
                    )
                )
                yield Incoming(
                    record_type=rtype.name,
                    id=rid,
                    version=meta["version"],
                    created_at=meta["updated_at"],
                    updated_at=meta["updated_at"],
                    device_id=device,
                    deleted=meta["deleted"],
                    content=content,
                    content_json=content_json,
                    fingerprint=fp,
                    edited=False,
                    file=wb.name,
                    sheet=title,
                    row=number,
                    letters=letters,
                    rev=None if legacy else rev,
                    parents=None if legacy else parents,
                    author=author or None,
                    stub=stub,
                )
                continue
        for key, reason in problems:
            wb.reject(title, number, letters.get(key), key, reason)
