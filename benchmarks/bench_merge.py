"""Coordinator merge: 50 volunteer workbooks of ~2,000 records each, 10% of the
people appearing in two workbooks, merged into a master — fieldkit (validating
every cell, sync contract, master + report) against the pandas script a
coordinator would otherwise write, timed in the same run.

``records`` scales the set: 50 workbooks of records/50 each (100,000 → 2,000).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from benchmarks.common import Result, reason

FILES = 50

PANDAS_SCRIPT = r"""
import sys, glob, pandas as pd
files = sorted(glob.glob(sys.argv[1] + "/*.xlsx"))
sheets = {}
for f in files:
    for name, df in pd.read_excel(f, sheet_name=None, header=0, skiprows=[1]).items():
        if name in ("about", "_lists"):
            continue
        sheets.setdefault(name, []).append(df)
with pd.ExcelWriter(sys.argv[2]) as out:
    for name, frames in sheets.items():
        df = pd.concat(frames, ignore_index=True)
        df = df.sort_values("version").drop_duplicates(subset="id", keep="last")
        df.to_excel(out, sheet_name=name, index=False)
"""

PEAK = """
import re, runpy, sys
sys.argv = sys.argv[1:]
try:
    if sys.argv[0] == "-c":
        code = sys.argv[1]; sys.argv = sys.argv[1:]; exec(compile(code, "script", "exec"), {"__name__": "__main__"})
    else:
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
except SystemExit as e:
    if e.code not in (0, None): raise
finally:
    hwm = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) // 1024
    print(f"PEAK_MB={hwm}", file=sys.stderr)
"""


def _run(args: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *args], capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        said = re.sub(r"^PEAK_MB=\d+$\n?", "", done.stderr, flags=re.MULTILINE)
        raise subprocess.CalledProcessError(done.returncode, args[:1], done.stdout, said)
    peak = float(re.search(r"PEAK_MB=(\d+)", done.stderr).group(1))  # type: ignore[union-attr]
    return took, peak


def make_inbox(records: int, workdir: Path) -> Path:
    """50 volunteer workbooks; the first 10% of each one's people also appear in the next."""
    from fieldkit import demo
    from fieldkit.sync.workbook import export_workbook
    from fieldkit.workspace import open_database

    inbox = workdir / "inbox"
    inbox.mkdir()
    per = max(records // FILES, 20)
    for i in range(FILES):
        with open_database(workdir / f"laptop{i}.db") as db:
            db.set_setting("device_name", f"Laptop {i + 1}")
            demo.fill(db, per, seed=1000 + i, today=date(2026, 6, 30))
            export_workbook(db, inbox / f"volunteer-{i + 1:02}.xlsx")
    # Overlap: copy 10% of workbook i's person rows into workbook i+1.
    for i in range(FILES - 1):
        src = load_workbook(inbox / f"volunteer-{i + 1:02}.xlsx", read_only=True)
        rows = list(src["person"].iter_rows(min_row=3, values_only=True))
        src.close()
        share = rows[: max(1, len(rows) * 10 // 35)]  # people are ~35% of the records
        dst_path = inbox / f"volunteer-{i + 2:02}.xlsx"
        dst = load_workbook(dst_path)
        for row in share:
            dst["person"].append(list(row))
        dst.save(dst_path)
    return inbox


def run(records: int, workdir: Path) -> list[Result]:
    inbox = make_inbox(records, workdir)
    master_db = workdir / "hq.db"
    fk_s, fk_peak = _run(
        [
            "fieldkit",
            "--db",
            str(master_db),
            "merge",
            str(inbox),
            "--out",
            str(workdir / "master.xlsx"),
        ]
    )
    # The baseline needs pandas (the bench extra); without it fieldkit's figure still counts.
    pd_s: float | None = None
    note, failed = "", ""
    try:
        pd_s, pd_peak = _run(["-c", PANDAS_SCRIPT, str(inbox), str(workdir / "pandas-master.xlsx")])
        note = f"pandas peak {pd_peak:.0f} MB; "
    except subprocess.CalledProcessError as exc:
        failed = f"baseline: {reason(exc)}"
    shutil.rmtree(inbox, ignore_errors=True)
    return [
        Result(
            f"merge {FILES} workbooks ({records} records, 10% overlap)",
            fk_s,
            "pandas: read_excel all, concat, drop_duplicates, to_excel",
            pd_s,
            fk_peak,
            f"{note}fieldkit validates every cell and writes the report",
            failed,
        ),
    ]
