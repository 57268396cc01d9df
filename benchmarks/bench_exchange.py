"""Workbook export and import against openpyxl itself, on the same cells, in the same run.

* export: ``fieldkit.sync.workbook.export_workbook`` (reads SQLite, fingerprints every
  row, writes styles, drop-downs) against openpyxl write-only appending exactly
  the cells of that export (taken from the file it wrote).
* import: ``fieldkit.sync.workbook.import_workbooks`` into a fresh database (read,
  validate every cell, check references, merge, write) against openpyxl
  read-only merely reading the same file's values.

The fieldkit side runs in a child process so its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result

CHILD = """
import json, resource, sys, time
from fieldkit.workspace import open_database
from fieldkit.sync import workbook as exchange
what, db_path, book = sys.argv[1:4]
with open_database(db_path) as db:
    start = time.perf_counter()
    if what == "export":
        r = exchange.export_workbook(db, book)
        detail = r.total
    else:
        # The sender enrolled here: its revisions are checked and taken (docs/trust.md).
        r = exchange.import_workbooks(db, [book], make_backup=False, may_enrol=lambda fp: True)
        assert r.applied, r.rejects[:5]
        detail = r.summary()["new"]
    took = time.perf_counter() - start
# VmHWM, not ru_maxrss: the latter carries the parent's peak over exec.
status = open("/proc/self/status").read().split("VmHWM:")
peak = (int(status[1].split()[0]) / 1024 if len(status) > 1
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps({"seconds": took, "peak_mb": peak, "detail": detail}))
"""


def _child(what: str, db: Path, book: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, what, str(db), str(book)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _openpyxl_write(cells: dict[str, list[list[object]]], path: Path) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, rows in cells.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append([None if v == "" else v for v in row])
    wb.save(path)
    return time.perf_counter() - start


def _openpyxl_read(path: Path) -> tuple[float, int]:
    from openpyxl import load_workbook

    start = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for _row in ws.iter_rows(values_only=True):
            n += 1
    wb.close()
    return time.perf_counter() - start, n


def _calamine_read(path: Path) -> float:
    import python_calamine as calamine

    start = time.perf_counter()
    book = calamine.CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        for _row in book.get_sheet_by_name(name).iter_rows():
            pass
    return time.perf_counter() - start


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    best = min(runs, key=lambda r: r["seconds"])
    return best | {"peak_mb": max(r["peak_mb"] for r in runs)}


def run(records: int, workdir: Path) -> list[Result]:
    import python_calamine as calamine

    # Each side runs REPEAT times, alternating, and the best time counts: on a
    # shared machine a burst of load must not decide a ratio.
    repeat = 3 if records <= 20_000 else 2
    db = workdir / "field.db"
    subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(db), "demo", "--records", str(records)],
        check=True,
        capture_output=True,
    )
    book = workdir / "export.xlsx"
    exports: list[dict[str, float]] = []
    writes: list[float] = []
    for _ in range(repeat):
        exports.append(_child("export", db, book))
        # The very cells fieldkit wrote, for openpyxl to write on its own.
        cal = calamine.CalamineWorkbook.from_path(str(book))
        cells = {n: cal.get_sheet_by_name(n).to_python() for n in cal.sheet_names}
        writes.append(_openpyxl_write(cells, workdir / "openpyxl.xlsx"))
        del cells, cal
    exp, base_write = _best(exports), min(writes)

    imports: list[dict[str, float]] = []
    reads: list[float] = []
    for i in range(repeat):
        imports.append(_child("import", workdir / f"fresh{i}.db", book))
        base_read, rows = _openpyxl_read(book)
        reads.append(base_read)
    imp, base_read = _best(imports), min(reads)
    cal_read = _calamine_read(book)
    return [
        Result(
            f"export {int(exp['detail'])} records to .xlsx",
            exp["seconds"],
            "openpyxl write-only, same cells",
            base_write,
            exp["peak_mb"],
            f"best of {repeat}; includes SQLite reads, fingerprints, drop-downs",
        ),
        Result(
            f"import that workbook into a fresh database ({int(imp['detail'])} new)",
            imp["seconds"],
            f"openpyxl read-only, values of the same {rows} rows",
            base_read,
            imp["peak_mb"],
            f"best of {repeat}; python-calamine alone reads it in {cal_read:.2f} s",
        ),
    ]
