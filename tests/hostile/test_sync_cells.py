"""Sync cells as someone with a spreadsheet and bad intentions fills them (issue
12, case 6), through the real command line: a device id that is a formula is
refused with the cell named, never stored, so it can never come back as a live
formula in a master or a later export."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.core.test_cli import fieldkit
from tests.core.xlsx_tools import header, write_workbook

FORMULAS = ['=HYPERLINK("http://ev.il","open")', "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("device", FORMULAS)
def test_a_formula_as_device_id_is_refused_in_a_format_1_file(tmp_path: Path, device: str) -> None:
    db = tmp_path / "hq.db"
    assert fieldkit("--db", str(db), "check").returncode == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    book = write_workbook(
        tmp_path / "evil.xlsx",
        {
            "staff": [
                {
                    "id": "6f1c7a52-0c55-4c1e-9a57-4c1b2d3e4f50",
                    "version": 1,
                    "updated_at": datetime(2025, 6, 1, tzinfo=UTC),
                    "device_id": device,
                    "full_name": "Aysel Quliyeva",
                    "role": "volunteer",
                }
            ]
        },
    )
    out = fieldkit("--db", str(db), "import", str(book))
    assert out.returncode != 0
    assert "sheet staff, row 3, column E (device_id)" in out.stdout + out.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_every_sync_string_of_an_export_is_a_text_cell(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    assert fieldkit("--db", str(db), "demo", "--records", "30").returncode == 0
    out = tmp_path / "out.xlsx"
    assert fieldkit("--db", str(db), "export", str(out)).returncode == 0
    wb = load_workbook(out)
    for name in ("person", "district", "_history"):
        ws = wb[name]
        keys: dict[str, Any] = (
            header(ws) if name != "_history" else {c.value: c.column for c in ws[1]}
        )
        for key in ("device_id", "id", "author"):
            if key not in keys:
                continue
            for row in range(3 if name != "_history" else 2, ws.max_row + 1):
                cell = ws.cell(row, keys[key])
                if cell.value is not None:
                    assert cell.data_type == "s", (name, key, row)
