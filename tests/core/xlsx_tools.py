"""Helpers for the exchange tests: edit real workbooks as a person would, re-save
them with LibreOffice, Gnumeric, openpyxl or pandas, write workbooks as another
tool would, compare databases."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from fieldkit import records, store
from fieldkit.records import Conflict
from fieldkit.storage.types import utc_text
from fieldkit.sync.workbook import columns as cols
from fieldkit.validate import clean

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# Skipped on a developer's machine without LibreOffice; CI installs it, and
# there a missing soffice must fail the run, not hide these tests.
needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"), reason="LibreOffice (soffice) not installed"
)
SSCONVERT = shutil.which("ssconvert")
needs_ssconvert = pytest.mark.skipif(
    SSCONVERT is None and not os.environ.get("CI"), reason="Gnumeric (ssconvert) not installed"
)


def edit(path: Path, change: Callable[[Any], None], out: Path | None = None) -> Path:
    """Open *path* in openpyxl (normal mode, like a person's spreadsheet), change, save."""
    wb = load_workbook(path)
    change(wb)
    target = out or path
    wb.save(target)
    return target


def header(ws: Worksheet) -> dict[str, int]:
    """Column key -> column number, from the key row."""
    return {c.value: c.column for c in ws[cols.KEY_ROW] if c.value}


def find_row(ws: Worksheet, record_id: str) -> int:
    col = header(ws)["id"]
    for r in range(cols.FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(r, col).value == record_id:
            return r
    raise KeyError(record_id)


def soffice_convert(src: Path, outdir: Path, fmt: str = "xlsx") -> Path:
    """Re-save *src* with LibreOffice headless (its own profile: runs never collide)."""
    assert SOFFICE is not None
    outdir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": str(profile)},
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert out.exists(), f"LibreOffice did not write {out}"
    return out


def gnumeric_convert(src: Path, out: Path) -> Path:
    """Re-save *src* with Gnumeric's ssconvert (its own HOME: no user settings)."""
    assert SSCONVERT is not None
    out.parent.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="gnumeric-home-"))
    try:
        subprocess.run(
            [SSCONVERT, str(src), str(out)],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": str(home)},
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    assert out.exists(), f"Gnumeric did not write {out}"
    return out


def openpyxl_resave(src: Path, out: Path) -> Path:
    """Load *src* in openpyxl (normal mode) and save it, changing nothing."""
    load_workbook(src).save(out)
    return out


def pandas_resave(src: Path, out: Path, engine: str | None = None) -> Path:
    """Every sheet through pandas' ``read_excel`` and default ``to_excel()`` (an
    index column before column A), as a coordinator's script would."""
    pd = pytest.importorskip("pandas")
    sheets = pd.read_excel(src, sheet_name=None, engine=engine or "openpyxl")
    with pd.ExcelWriter(out) as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name)
    return out


def write_workbook(
    path: Path,
    rows: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    device_id: str = "11111111-1111-4111-8111-111111111111",
    exported_at: str = "2025-06-01T00:00:00.000000Z",
) -> Path:
    """A format-1 workbook as another tool would write it from
    docs/exchange-format.md (format 1 is still read: it carries no ancestry).

    Each row gives the sync fields and content; ``fingerprint`` defaults to the
    fingerprint of the content (pass another to simulate an edit)."""
    wb = Workbook()
    about = wb.active
    about.title = cols.META_SHEET
    for kv in (
        ("key", "value"),
        ("format", cols.FORMAT),
        ("format_version", 1),
        ("device_id", device_id),
        ("exported_at", exported_at),
    ):
        about.append(list(kv))
    for type_name, type_rows in rows.items():
        rtype = records.get(type_name)
        fields = [f.name for f in rtype.fields if not f.added]  # format 1's fields
        keys = [*cols.SYNC_KEYS_1, *fields]
        ws = wb.create_sheet(type_name)
        ws.append(keys)
        ws.append(["ID (do not change)", *keys[1:]])
        for r in type_rows:
            content = clean(rtype, {f: r.get(f) for f in fields})
            fp = r.get("fingerprint") or store.fingerprint(store.identity_json(rtype, content))
            meta = {
                "id": r["id"],
                "version": r["version"],
                "created_at": utc_text(r.get("created_at", r["updated_at"])),
                "updated_at": utc_text(r["updated_at"]),
                "device_id": r["device_id"],
                "deleted": "yes" if r.get("deleted") else "no",
                "fingerprint": fp,
            }
            meta["seal"] = cols.seal({k: str(v) for k, v in meta.items()}, cols.SEALED_1)
            cells = [meta[k] if k in meta else r.get(k) for k in keys]
            ws.append(cells)
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, even "=..."
    wb.save(path)
    return path


def state(db: Any, types: Iterable[str] | None = None) -> dict[str, Any]:
    """What a person could see of the database: records, every revision, conflicts.

    Leaves out what is local by nature: revision seq/saved_at/source and
    conflict detection time."""
    names = list(types) if types else [r.name for r in records.record_types()]
    out: dict[str, Any] = {}
    rev = store.REVISIONS
    conflicts = Conflict.__table__  # type: ignore[attr-defined]
    with db.connect() as conn:
        for name in names:
            t = records.get(name).table
            out[name] = sorted(
                json.dumps(dict(r._mapping), default=str, sort_keys=True)
                for r in conn.execute(sa.select(t))
            )
        out["revisions"] = sorted(
            (
                r.record_type,
                r.record_id,
                r.version,
                r.fingerprint,
                str(r.updated_at),
                r.device_id,
                r.deleted,
                r.content,
            )
            for r in conn.execute(sa.select(rev).where(rev.c.record_type.in_(names)))
        )
        ra, rb = rev.alias("ra"), rev.alias("rb")
        out["conflicts"] = sorted(
            (r.record_id, *sorted([(r.va, r.fa), (r.vb, r.fb)]))
            for r in conn.execute(
                sa.select(
                    conflicts.c.record_id,
                    ra.c.version.label("va"),
                    ra.c.fingerprint.label("fa"),
                    rb.c.version.label("vb"),
                    rb.c.fingerprint.label("fb"),
                )
                .join(ra, ra.c.seq == conflicts.c.revision_a)
                .join(rb, rb.c.seq == conflicts.c.revision_b)
            )
        )
    return out


def new_revision_cells(type_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The sync cells of a new record's first revision, computed as another tool
    would from docs/exchange-format.md (format 2): the address over the content,
    no parents, the seal. *values* holds the sync fields and the content."""
    rtype = records.get(type_name)
    content = clean(rtype, {f: values.get(f) for f in rtype.field_names()})
    deleted = values.get("deleted") == "yes"
    cells = {k: values.get(k) for k in cols.SEALED} | {
        "author": values.get("author") or "",
        "deleted": "yes" if deleted else "no",
        "rev": store.address(values["id"], content, deleted, ()),
        "parents": "",
    }
    cells["seal"] = cols.seal({k: str(v) for k, v in cells.items()})
    return cells


def sign(path: Path, private_key: str, out: Path | None = None) -> Path:
    """Sign the workbook at *path* with *private_key* as fieldkit would
    (docs/trust.md, "Signed workbooks"), after its cells were changed: what an
    attacker holding that key can do. The signed cells are read by fieldkit's
    own reader, so what is signed is what an import will check."""
    from fieldkit.sync import bundle, trust
    from fieldkit.sync.workbook import reader, signature

    wb, _ = reader.read(path)
    for rtype in records.record_types():
        wb.history(rtype)
    wb.erasures()
    assert not wb.rejects, wb.rejects
    meta = dict(wb.meta) | {signature.PUBLIC_KEY: bundle.public_key(private_key)}
    meta = {k: v for k, v in meta.items() if not k.startswith(signature.SIGNED)}
    meta |= {signature.SIGNED + s: signature.sheet_digest(d) for s, d in wb.digests.items()}
    meta.pop(signature.SIGNATURE, None)
    signed = trust.sign(private_key, signature.message(meta))

    def put(book: Any) -> None:
        ws = book[cols.META_SHEET]
        for r in range(ws.max_row, 0, -1):  # the sheets' digests as they are now
            if str(ws.cell(r, 1).value or "").startswith(signature.SIGNED):
                ws.delete_rows(r)
        rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
        changed = [(k, v) for k, v in meta.items() if k.startswith(signature.SIGNED)]
        for key, value in (
            *changed,
            (signature.PUBLIC_KEY, meta[signature.PUBLIC_KEY]),
            (signature.SIGNATURE, signed),
        ):
            r = rows.get(key) or ws.max_row + 1
            ws.cell(r, 1).value, ws.cell(r, 2).value = key, value

    return edit(path, put, out)
