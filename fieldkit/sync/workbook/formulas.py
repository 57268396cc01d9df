"""Find formula cells in an .xlsx, which calamine reports only by their value.

A formula in an imported workbook is refused as data (it could be a live
``=HYPERLINK`` or ``=WEBSERVICE`` waiting for the next person who opens an
export). The fast path streams each sheet's XML once looking for an ``<f>``
element; only a sheet that has one is parsed to learn which cells.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from fieldkit.sync.workbook.source import Member, zip_of

_F = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
# LibreOffice saves a TRUE/FALSE cell as the formula TRUE() / FALSE(): that is data.
_BENIGN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>\s*(?:TRUE|FALSE)(?:\(\))?\s*</")
_BENIGN_TEXT = {"TRUE", "FALSE", "TRUE()", "FALSE()"}
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CHUNK = 1 << 20


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part in the zip, from the workbook and its relationships."""
    book = etree.fromstring(z.read("xl/workbook.xml"))
    rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        part = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join("xl", target))
        )
        targets[rel.get("Id")] = part
    parts = {}
    for el in book.iter():
        if _local(el.tag) == "sheet":
            rid = el.get(f"{{{_REL_NS}}}id") or el.get(
                "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
            )
            name = el.get("name")
            if rid in targets and name is not None:
                parts[name] = targets[rid]
    return parts


def _has_formula(z: zipfile.ZipFile, part: str) -> bool:
    carry = b""
    with z.open(part) as fh:
        while chunk := fh.read(_CHUNK):
            buffer = carry + chunk
            carry = buffer[-256:]
            for m in _F.finditer(buffer):
                if m.start() > len(buffer) - 256:
                    carry = buffer[m.start() :]  # may be cut: look again with the next chunk
                    break
                if not _BENIGN.match(buffer, m.start()):
                    return True
    return bool(carry) and any(not _BENIGN.match(carry, m.start()) for m in _F.finditer(carry))


def formula_cells(path: Path | Member, sheets: Iterable[str]) -> dict[str, set[str]]:
    """For each named sheet that has formulas, the references (``"B7"``) of their cells."""
    found: dict[str, set[str]] = {}
    with zip_of(path) as z:
        parts = sheet_parts(z)
        for sheet in sheets:
            part = parts.get(sheet)
            if part is None or not _has_formula(z, part):
                continue
            cells: set[str] = set()
            with z.open(part) as fh:
                for _, el in etree.iterparse(fh, events=("end",), huge_tree=True):
                    if _local(el.tag) == "c":
                        formula = [c for c in el if _local(c.tag) == "f"]
                        if formula and (formula[0].text or "").strip() not in _BENIGN_TEXT:
                            # A cell without "r" cannot be placed; refuse the sheet.
                            cells.add(el.get("r") or "A1")
                        el.clear()
            found[sheet] = cells
    return found
