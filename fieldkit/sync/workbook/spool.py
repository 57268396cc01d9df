"""Where openpyxl's write-only sheets wait for the workbook: sealed, never readable on disk.

openpyxl streams each write-only sheet to a named file in ``$TMPDIR`` and removes
it only at a normal exit, so a killed export left every sheet there as plain
XML. Here each sheet goes to an unnamed temporary file (``O_TMPFILE`` on Linux,
delete-on-close on Windows: nothing to find by name, even after a kill),
encrypted as it is written with AES-256-CTR under a key that exists only in
this process's memory; at save time it is decrypted straight into the zip.
"""

from __future__ import annotations

import os
import tempfile
from typing import IO, Any, cast

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

CHUNK = 1024 * 1024


class SealedSpool:
    """A write-then-read-once file whose bytes on disk are ciphertext."""

    def __init__(self) -> None:
        self._key, self._nonce = os.urandom(32), os.urandom(16)
        self._file: IO[bytes] = tempfile.TemporaryFile()
        self._enc = Cipher(algorithms.AES(self._key), modes.CTR(self._nonce)).encryptor()

    def write(self, data: bytes) -> int:
        self._file.write(self._enc.update(data))
        return len(data)

    def flush(self) -> None:
        pass

    def copy_to(self, out: IO[bytes]) -> None:
        self._file.seek(0)
        dec = Cipher(algorithms.AES(self._key), modes.CTR(self._nonce)).decryptor()
        while chunk := self._file.read(CHUNK):
            out.write(dec.update(chunk))

    def close(self) -> None:
        self._file.close()


class SealedSheetWriter(WorksheetWriter):
    """openpyxl's sheet writer, streaming to a :class:`SealedSpool` instead of a named file."""

    def __init__(self, ws: Any) -> None:
        self.spool = SealedSpool()
        super().__init__(ws, out=cast(Any, self.spool))

    def cleanup(self) -> None:
        self.spool.close()


def save(wb: Any, out: IO[bytes]) -> None:
    """``wb.save(out)`` without openpyxl's named temporary files."""
    import zipfile

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        SealedExcelWriter(wb, archive).save()


def seal(ws: Any) -> Any:
    """Make the write-only sheet *ws* stream to a sealed spool. Its writer is made
    where openpyxl makes its own, at the first row, so that what is set before
    (frozen panes, column widths) is still written at the top of the sheet."""

    def get_writer() -> None:
        if ws._writer is None:
            ws._writer = SealedSheetWriter(ws)
            ws._writer.write_top()

    ws._get_writer = get_writer
    return ws


class SealedExcelWriter(ExcelWriter):
    """openpyxl's workbook writer, taking sealed sheets from memory into the zip."""

    def write_worksheet(self, ws: Any) -> None:
        from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if self.workbook.write_only:
            writer = ws._writer
            if not isinstance(writer, SealedSheetWriter):
                raise TypeError(f"sheet {ws.title!r} was not sealed before its first row")
            if not ws.closed:
                ws.close()
        else:  # a workbook built in memory: its sheets are serialised one by one
            writer = SealedSheetWriter(ws)
            writer.write()
        ws._rels = cast(Any, writer)._rels
        with cast(Any, self)._archive.open(ws.path[1:], "w", force_zip64=True) as dst:
            writer.spool.copy_to(dst)
        self.manifest.append(ws)
        writer.cleanup()
