"""Export: the exchange workbook, streamed with openpyxl's write-only mode.

Memory stays flat whatever the number of records: rows go from an SQLite cursor
straight into the sheet's temporary XML. The file is written beside the target
under a temporary name and renamed into place, so a crash never leaves half a
workbook where the user expects one.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from fieldkit import records, store
from fieldkit import revisions as graph
from fieldkit.declare import Kind, RecordType
from fieldkit.records import Exchange
from fieldkit.storage import migrate
from fieldkit.storage.database import Database
from fieldkit.storage.files import atomic_write
from fieldkit.storage.types import utc_text, utcnow
from fieldkit.sync import keys, trust
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import signature
from fieldkit.sync.workbook.profiles import FULL, Profile
from fieldkit.sync.workbook.spool import SealedExcelWriter, seal

EXCHANGES: sa.Table = Exchange.__table__  # type: ignore[attr-defined]
LAST_ROW = 1_048_576  # drop-downs cover rows a person adds, too
# Yes/no as words rather than spreadsheet booleans: LibreOffice saves a boolean
# cell as the formula TRUE()/FALSE(), and words read the same in every tool.
YES_NO = {True: "yes", False: "no"}


@dataclass
class ExportResult:
    path: Path
    exported_at: datetime
    since: datetime | None  # the last export's time, shown with a --changed export
    counts: dict[str, int] = field(default_factory=dict)
    since_seq: int | None = None  # what --changed starts after (a local sequence number)
    high_seq: int = 0  # the revision sequence number this export reached
    profile: Profile = FULL
    history: int = 0  # rows on the history sheet
    erasures: int = 0  # rows on the erasures sheet
    encrypted: str | None = None  # a bundle's: "hq" (to HQ's exchange key), "password", None
    # What the signature covers, gathered as rows are written (signature.py).
    digests: dict[str, list[bytes]] = field(default_factory=dict, repr=False)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def last_export(db: Database) -> datetime | None:
    """When this database last exported (shown to people; decides nothing)."""
    with db.connect() as conn:
        return conn.execute(
            sa.select(sa.func.max(EXCHANGES.c.at)).where(EXCHANGES.c.kind == "export")
        ).scalar()


def last_export_seq(conn: sa.Connection) -> int:
    """The revision sequence number the last export reached: a ``--changed``
    export carries what arrived or was saved here after it. A local counter,
    so a laptop clock set a year ahead and corrected loses nothing."""
    value = conn.execute(
        sa.select(sa.func.max(EXCHANGES.c.high_seq)).where(EXCHANGES.c.kind == "export")
    ).scalar()
    return int(value or 0)


def high_seq(conn: sa.Connection) -> int:
    """The greatest revision sequence number in this database now."""
    return int(conn.execute(sa.select(sa.func.max(store.REVISIONS.c.seq))).scalar() or 0)


def export_workbook(
    db: Database,
    target: Path | str,
    *,
    changed: bool = False,
    kind: str = "export",
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]] = (),
    profile: Profile = FULL,
    into: BinaryIO | None = None,
) -> ExportResult:
    """Write every record (or, with *changed*, those changed since the last
    export) to *target*; the export is recorded in the ``exchange`` table as
    *kind*. *extra_sheets* (name, rows) are added after the record sheets for a
    person to read (a merge report); readers ignore sheets they do not know.
    With *into* (a bundle's workbook, kept in memory) the workbook is written
    there and *target* only names it in the log."""
    target = Path(target)
    since = last_export(db) if changed else None
    now = utcnow()
    result = ExportResult(target, now, since, profile=profile)
    with db.connect() as conn:
        result.since_seq = last_export_seq(conn) if changed else None
    if profile.transform is None:
        # A record whose heads merge cleanly travels as the merge revision
        # every machine computes alike (DESIGN.md, rule 5).
        with db.transaction() as conn:
            for rtype in records.record_types():
                store.materialize_merges(conn, rtype)
    if into is not None:
        with db.connect() as conn, conn.begin():
            result.high_seq = high_seq(conn)
            _write(db, conn, into, result, extra_sheets)
    else:
        with atomic_write(target, prefix=".~fieldkit-") as fh:
            # mkstemp makes the file private; an export is for sharing.
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fh.fileno(), 0o666 & ~umask)
            with db.connect() as conn, conn.begin():  # one snapshot: rows and their high mark
                result.high_seq = high_seq(conn)
                _write(db, conn, fh, result, extra_sheets)
    with db.transaction() as conn:
        conn.execute(
            EXCHANGES.insert().values(
                id=str(uuid.uuid4()),
                kind=kind,
                at=now,
                path=str(target),
                profile=profile.name,
                peer_name=profile.recipient,
                since=since,
                high_seq=result.high_seq,
                counts=json.dumps(result.counts, sort_keys=True),
            )
        )
    return result


def _write(
    db: Database,
    conn: sa.Connection,
    out: BinaryIO,
    result: ExportResult,
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]] = (),
) -> None:
    wb = Workbook(write_only=True)
    # The about sheet comes first so a person opening the file sees it; its
    # rows are appended last, when the counts are known (write-only sheets
    # each stream to their own sealed temporary file, so this is allowed: see
    # fieldkit.sync.workbook.spool, nothing readable is left by a killed export).
    about = seal(wb.create_sheet(cols.META_SHEET))
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 40
    types = records.record_types()
    lists = _choice_lists(types)
    try:
        for rtype in types:
            if not result.profile.includes(rtype):
                continue
            ws = seal(wb.create_sheet(rtype.name))
            result.counts[rtype.name] = _write_sheet(
                conn,
                ws,
                rtype,
                lists,
                result.since_seq,
                result.profile,
                result.digests.setdefault(rtype.name, []),
            )
        if result.profile.transform is None:
            history = seal(wb.create_sheet(cols.HISTORY_SHEET))
            history.sheet_state = "hidden"
            result.history = _write_history(
                conn,
                history,
                result.since_seq,
                result.profile,
                result.digests.setdefault(cols.HISTORY_SHEET, []),
            )
            erasures = seal(wb.create_sheet(cols.ERASURES_SHEET))
            erasures.sheet_state = "hidden"
            result.erasures = _write_erasures(
                conn,
                erasures,
                result.since_seq,
                result.profile,
                result.digests.setdefault(cols.ERASURES_SHEET, []),
            )
        lists_ws = seal(wb.create_sheet(cols.LISTS_SHEET))
        lists_ws.sheet_state = "hidden"
        _write_lists(lists_ws, lists)
        for title, rows in extra_sheets:
            extra = seal(wb.create_sheet(title))
            for values in rows:
                extra.append([_text_cell(extra, v) if isinstance(v, str) else v for v in values])
        _write_about(db, about, result)
        # wb.save(out), keeping hold of the zip: if writing fails (a full disk),
        # it is dropped here rather than retried by a garbage collector later.
        wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
        archive = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            SealedExcelWriter(wb, archive).save()
        except BaseException:
            archive.fp = None  # the file is being removed: nothing more to write
            raise
    except BaseException:
        # Finish each sheet's stream so its temporary file is closed now, not
        # by a garbage-collected generator complaining later.
        for ws in wb.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
        raise


def _text_cell(ws: Worksheet, value: str, font: Font | None = None) -> Any:
    """A cell that is text whatever it looks like (``=...``, ``#N/A`` stay
    literal; a literal ``_x0041_`` is escaped so readers give it back as is)."""
    cell = WriteOnlyCell(ws, cols.escape_text(value))
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def _write_about(db: Database, ws: Worksheet, result: ExportResult) -> None:
    bold = Font(bold=True)
    ws.append([_text_cell(ws, "key", bold), _text_cell(ws, "value", bold)])
    rows: list[tuple[str, Any]] = [
        ("format", cols.FORMAT),
        ("format_version", cols.FORMAT_VERSION),
        ("schema", migrate.head()),
        ("device_id", db.device_id),
        ("device_name", db.setting("device_name", "") or ""),
        ("volunteer", db.setting("volunteer_name", "") or ""),
        ("exported_at", utc_text(result.exported_at)),
        ("profile", result.profile.name),
        ("district", result.profile.district or ""),
        ("since", utc_text(result.since) if result.since else ""),
    ]
    profile = result.profile
    if profile.anonymous:  # a partner's file names no laptop and no volunteer
        rows = [r for r in rows if r[0] not in ("device_id", "device_name", "volunteer")]
        rows.insert(rows.index(("profile", profile.name)) + 1, ("recipient", profile.recipient))
    if profile.about is not None:
        rows += profile.about()
    rows += [(f"rows.{name}", n) for name, n in result.counts.items()]
    if profile.transform is None:  # an importable export: its history travels too
        rows.append((f"rows.{cols.HISTORY_SHEET}", result.history))
        rows.append((f"rows.{cols.ERASURES_SHEET}", result.erasures))
    if not profile.anonymous:
        # Signed by this laptop (signature.py): a partner's file names no laptop.
        rows += [
            (signature.SIGNED + sheet, signature.sheet_digest(found))
            for sheet, found in result.digests.items()
        ]
        rows.append((signature.PUBLIC_KEY, keys.public_key(db)))
        about = {"key": "value"} | {k: str(v).strip() for k, v in rows}
        message = signature.message(about)
        rows.append((signature.SIGNATURE, trust.sign(keys.private_key(db), message)))
    for key, value in rows:
        ws.append([_text_cell(ws, key), _text_cell(ws, value) if isinstance(value, str) else value])


def _choice_lists(types: list[RecordType]) -> dict[str, tuple[int, list[str]]]:
    """Each choice list used by a choice column: its column on the lists sheet."""
    lists: dict[str, tuple[int, list[str]]] = {}
    for rtype in types:
        for spec in rtype.fields:
            if spec.kind is Kind.CHOICE and spec.choices and spec.choices.name not in lists:
                lists[spec.choices.name] = (len(lists) + 1, spec.choices.codes())
    lists["yes_no"] = (len(lists) + 1, ["yes", "no"])
    return lists


def _write_lists(ws: Worksheet, lists: dict[str, tuple[int, list[str]]]) -> None:
    longest = max((len(codes) for _, codes in lists.values()), default=0)
    names = sorted(lists, key=lambda n: lists[n][0])
    ws.append([_text_cell(ws, n) for n in names])
    for i in range(longest):
        ws.append([_text_cell(ws, lists[n][1][i]) if i < len(lists[n][1]) else None for n in names])


def _exported(
    query: sa.Select[Any], rtype: RecordType, since: int | None, profile: Profile
) -> sa.Select[Any]:
    """*query* narrowed to the records an export carries: all, those with a
    revision saved here after *since* (a local sequence number), the profile's."""
    t = rtype.table
    if since is not None:
        revs = store.REVISIONS
        query = query.where(
            t.c.id.in_(
                sa.select(revs.c.record_id).where(
                    revs.c.record_type == rtype.name, revs.c.seq > since
                )
            )
        )
    only = profile.rows(rtype) if profile.rows is not None else None
    return query if only is None else query.where(only)


def _rows(
    conn: sa.Connection, rtype: RecordType, since: int | None, profile: Profile = FULL
) -> Iterator[Sequence[Any]]:
    t = rtype.table
    # Timestamps are stored as the very UTC text the workbook shows; taking
    # the text saves parsing and re-formatting two per row.
    text = [
        sa.literal_column(f"{t.name}.{c}", sa.Text).label(c) for c in ("created_at", "updated_at")
    ]
    # In the order the sheet wants them: id, version, created, updated, device,
    # deleted, then the content fields (rows are read by position).
    r = store.REVISIONS
    query = (
        sa.select(
            t.c.id,
            t.c.version,
            *text,
            t.c.device_id,
            t.c.deleted,
            *[t.c[f.name] for f in rtype.fields],
            r.c.rev,
            r.c.parents,
            r.c.author,
            r.c.version,
            r.c.deleted,
            r.c.fingerprint,
            r.c.content,
        )
        .select_from(t)
        .join(r, sa.and_(r.c.rev == t.c.head, r.c.record_type == rtype.name))
    )
    rows = conn.execution_options(yield_per=2000).execute(_exported(query, rtype, since, profile))
    if profile.transform is None:
        yield from rows
        return
    end = 6 + len(rtype.fields)  # the head revision's columns follow: not the partner's
    # The profile may change any cell, or leave the row out.
    transform = profile.transform
    out = (
        (*changed, *row[end:])
        for row in rows
        if (changed := transform(rtype, row[:end])) is not None
    )
    if profile.anonymous:
        # In the order of the rows' pseudonyms: the order of the database, which
        # the full export has too, would join each row to its original.
        yield from sorted(out, key=lambda r: str(r[0]))
    else:
        yield from out


def _write_history(
    conn: sa.Connection,
    ws: Worksheet,
    since: int | None,
    profile: Profile,
    digests: list[bytes],
) -> int:
    """Every revision of the exported records that their rows do not show: the
    history before the head, and the other heads of a record in conflict."""
    r = store.REVISIONS
    ws.append([_text_cell(ws, k) for k in cols.HISTORY_COLUMNS])
    n = 0
    for rtype in records.record_types():
        if not profile.includes(rtype):
            continue
        t = rtype.table
        query = (
            sa.select(
                r.c.record_id,
                r.c.rev,
                r.c.parents,
                r.c.version,
                sa.literal_column("revision.updated_at", sa.Text),
                r.c.device_id,
                r.c.author,
                r.c.deleted,
                r.c.content,
                r.c.fingerprint,
            )
            .select_from(r)
            .join(t, t.c.id == r.c.record_id)
            .where(r.c.record_type == rtype.name, r.c.rev != t.c.head)
            # By record and address, not by arrival here: the same revisions
            # make the same sheet on every machine.
            .order_by(r.c.record_id, r.c.rev)
        )
        for x in conn.execution_options(yield_per=2000).execute(
            _exported(query, rtype, since, profile)
        ):
            # A stub travels as one; so does a revision whose content was
            # erased (fieldkit.erasure): its address and parents, nothing else.
            stub = (
                x.fingerprint in (store.STUB, None) or store.fingerprint(x.content) != x.fingerprint
            )
            parents = cols.dump_parents(graph.parse_parents(x.parents))
            author = (x.author or "").strip()
            ws.append(
                [
                    _text_cell(ws, rtype.name),
                    _text_cell(ws, x.record_id),
                    _text_cell(ws, x.rev),
                    _text_cell(ws, parents),
                    x.version,
                    _text_cell(ws, x[4]),
                    _text_cell(ws, x.device_id),
                    _text_cell(ws, author),
                    YES_NO[bool(x.deleted)],
                    None if stub else _text_cell(ws, x.content),
                ]
            )
            digests.append(
                signature.history_digest(
                    rtype.name,
                    x.record_id,
                    x.rev,
                    parents,
                    x.version,
                    str(x[4]).strip(),
                    str(x.device_id).strip(),
                    author,
                    bool(x.deleted),
                    not stub,
                )
            )
            n += 1
    return n


def _number_cell(ws: Worksheet, value: float) -> Any:
    """A number cell holding exactly ``repr(value)``: the shortest text that reads
    back as this float. (openpyxl writes ``%.16g``: 99.701039 as
    99.70103899999999, one coordinate in fifteen shown with noise.)"""
    cell = WriteOnlyCell(ws, repr(value))
    cell.data_type = "n"  # the text is the number's XML, written as it is
    return cell


def _write_sheet(
    conn: sa.Connection,
    ws: Worksheet,
    rtype: RecordType,
    lists: dict[str, tuple[int, list[str]]],
    since: int | None,
    profile: Profile = FULL,
    digests: list[bytes] | None = None,
) -> int:
    columns = cols.columns(rtype)
    for i, c in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    ws.freeze_panes = f"B{cols.FIRST_DATA_ROW}"
    head_font, head_fill = Font(bold=True, color="555555"), PatternFill("solid", fgColor="EEEEEE")
    ws.append([_text_cell(ws, c.key, head_font) for c in columns])
    labels = [_text_cell(ws, c.label, Font(bold=True)) for c in columns]
    for cell in labels:
        cell.fill = head_fill
    ws.append(labels)

    specs = rtype.fields
    money = [i for i, f in enumerate(specs) if f.kind is Kind.MONEY]
    flags = [i for i, f in enumerate(specs) if f.kind is Kind.BOOL]
    floats = [i for i, f in enumerate(specs) if f.kind is Kind.FLOAT]
    texts = [
        i
        for i, f in enumerate(specs)
        if f.kind in (Kind.TEXT, Kind.NOTE, Kind.PHONE, Kind.CHOICE, Kind.MULTI, Kind.REF)
    ]
    canonical = cols.canonicalizer(rtype)
    identity = cols.identity(rtype)
    # The query's columns: id, version, created, updated, device, deleted, the
    # content fields, then the head revision's rev, parents, author, version,
    # deleted, fingerprint and content.
    sync = 6
    end = sync + len(specs)
    n = 0
    # Per-row work is kept to what the format needs: the export must stay close
    # to what openpyxl alone costs for the same cells.
    for row in _rows(conn, rtype, since, profile):
        rev, parents, author, version, is_deleted, head_fp, head_json = row[end:]
        content = list(row[sync:end])
        if profile.transform is None and head_fp not in (
            store.fingerprint(canonical(content)),
            store.fingerprint(identity(content)),
        ):
            # A record in conflict: its row shows the head that stands, as it
            # was saved (the state shown here mixes in merged fields; the
            # other heads travel on the history sheet).
            content = list(store.content_from_json(rtype, head_json).values())
        parents = cols.dump_parents(graph.parse_parents(parents))
        author = author or ""
        if profile.anonymous:  # never imported: ancestry would only join to HQ's copy
            rev = parents = author = ""
        deleted = YES_NO[bool(is_deleted)]
        sealed = (row[0], str(version), row[2], row[3], row[4], author, deleted, rev, parents)
        if digests is not None and not profile.anonymous:
            digests.append(signature.row_digest(rtype.name, sealed))
        values: list[Any] = [
            row[0],
            version,
            row[2],
            row[3],
            _text_cell(ws, row[4]),  # a text cell whatever a file once put there
            _text_cell(ws, author) if author else None,
            deleted,
            rev,
            parents,
            cols.seal(dict(zip(cols.SEALED, sealed, strict=True))),
        ]
        if profile.anonymous:
            values[9] = None
        for i in flags:
            if content[i] is not None:
                content[i] = YES_NO[content[i]]
        for i in money:
            if content[i] is not None:
                content[i] = float(content[i])  # a number in the sheet; quantized on import
        for i in floats:
            if content[i] is not None:
                content[i] = _number_cell(ws, content[i])
        for i in texts:
            v = content[i]
            if v and (v[0] in "=#" or "_x" in v):
                # openpyxl would make "=..." a formula and "#N/A" an error, and
                # would write "_x0041_" as it is, which readers decode to "A".
                content[i] = _text_cell(ws, v)
        values += content
        ws.append(values)
        n += 1

    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{cols.LABEL_ROW}:{last}{max(cols.LABEL_ROW + n, cols.FIRST_DATA_ROW)}"
    for i, c in enumerate(columns, 1):
        spec = c.spec
        if c.key == "deleted" or (spec is not None and spec.kind is Kind.BOOL):
            list_name, label = "yes_no", c.label
        elif spec is not None and spec.kind is Kind.CHOICE and spec.choices is not None:
            list_name, label = spec.choices.name, spec.label
        else:
            continue
        where, codes = lists[list_name]
        letter = get_column_letter(where)
        dv = DataValidation(
            type="list",
            formula1=f"{cols.LISTS_SHEET}!${letter}$2:${letter}${len(codes) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=label[:32],
            error=f"Choose one of: {', '.join(codes)}"[:255],
        )
        col = get_column_letter(i)
        dv.add(f"{col}{cols.FIRST_DATA_ROW}:{col}{LAST_ROW}")
        ws.data_validations.append(dv)
    return n


def _write_erasures(
    conn: sa.Connection,
    ws: Worksheet,
    since: int | None,
    profile: Profile,
    digests: list[bytes],
) -> int:
    """The revisions of the exported records that erase a person: the receiver
    purges its own copies of those records (fieldkit.erasure)."""
    r = store.REVISIONS
    ws.append([_text_cell(ws, k) for k in cols.ERASURE_COLUMNS])
    n = 0
    for rtype in records.record_types():
        if not profile.includes(rtype):
            continue
        t = rtype.table
        query = (
            sa.select(r.c.record_id, r.c.rev)
            .select_from(r)
            .join(t, t.c.id == r.c.record_id)
            .where(r.c.record_type == rtype.name, r.c.erasure.is_(True))
            .order_by(r.c.record_id, r.c.rev)
        )
        for record_id, rev in conn.execute(_exported(query, rtype, since, profile)):
            ws.append([_text_cell(ws, v) for v in (rtype.name, record_id, rev)])
            digests.append(signature.erasure_digest(rtype.name, record_id, rev))
            n += 1
    return n
