"""Hostile files, built from a real export: a bomb or a damage in one zip member.

Everything here writes real .xlsx files byte by byte (zip members rewritten,
deflate streams made by hand), so the readers meet exactly what an attacker
or a broken USB stick would hand them.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def sheet_part(path: Path, sheet: str) -> str:
    """The zip member holding *sheet*'s XML."""
    with zipfile.ZipFile(path) as z:
        book = etree.fromstring(z.read("xl/workbook.xml"))
        rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    rid = next(el.get(_REL) for el in book.iter("{*}sheet") if el.get("name") == sheet)
    target = next(r.get("Target") for r in rels if r.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)


def rewrite(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    """Copy the zip *src* to *dst* with some members' bytes replaced."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info)))
    return dst


def billion_laughs(src: Path, dst: Path, sheet: str = "person") -> Path:
    """*src* with an entity-expansion bomb declared in *sheet*'s XML and used in
    its first data cell (10 levels of 10: a billion "lol"s, 3 GB if expanded)."""
    part = sheet_part(src, sheet)
    with zipfile.ZipFile(src) as z:
        xml = z.read(part)
    lines = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    dtd = f"<!DOCTYPE worksheet [{''.join(lines)}]>".encode()
    if xml.startswith(b"<?xml"):
        end = xml.index(b"?>") + 2
        xml = xml[:end] + dtd + xml[end:]
    else:
        xml = dtd + xml
    # The bomb goes where a reader must look: the notes of the first data row.
    cell = b'<c r="T3" t="inlineStr"><is><t>'
    at = xml.index(b'<row r="3"')
    close = xml.index(b"</row>", at)
    xml = xml[:close] + cell + b"&lol9;</t></is></c>" + xml[close:]
    # ... and a formula cell too, so that a formula scanner parses the sheet.
    return rewrite(src, dst, {part: xml})


def _deflate_run(byte: bytes, size: int) -> Iterator[bytes]:
    """A raw deflate stream of *size* copies of *byte*, made without inflating it:
    one compressed 1 MiB block, byte-aligned by a full flush, repeated."""
    chunk = byte * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    full, rest = divmod(size, len(chunk))
    for _ in range(full):
        yield block
    if rest:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        yield c.compress(byte * rest) + c.flush(zlib.Z_FULL_FLUSH)
    yield b"\x03\x00"  # an empty final fixed-Huffman block


def _crc_run(byte: bytes, size: int) -> int:
    chunk = byte * (1 << 20)
    crc = 0
    full, rest = divmod(size, len(chunk))
    for _ in range(full):
        crc = zlib.crc32(chunk, crc)
    return zlib.crc32(byte * rest, crc)


def zip_bomb(
    src: Path, dst: Path, sheet: str = "person", size: int = 3 * 1024**3, declare: int | None = None
) -> Path:
    """*src* with *sheet*'s XML replaced by a well-formed member that inflates to
    *size* bytes (default 3 GiB, about 3 MB on disk): the sheet's own opening,
    then a run of spaces inside ``<sheetData>``, then its end. The zip is written
    by hand (a valid local header, CRC and central directory; no zip64). With
    *declare*, the headers lie: they give that as the member's unpacked size."""
    part = sheet_part(src, sheet)
    with zipfile.ZipFile(src) as z:
        xml = z.read(part)
        others = [(i.filename, z.read(i)) for i in z.infolist() if i.filename != part]
    head = xml[: xml.index(b"<sheetData>") + len(b"<sheetData>")]
    tail = b"</sheetData></worksheet>"
    pad = size - len(head) - len(tail)
    assert 0 < size < 2**32 - 1
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    chunk = b" " * (1 << 20)
    full, rest = divmod(pad, len(chunk))
    for _ in range(full):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(b" " * rest, crc)
    crc = zlib.crc32(tail, crc)
    body = [first, *list(_deflate_run(b" ", pad))[:-1], last]
    compressed = sum(len(b) for b in body)
    entries: list[
        tuple[bytes, int, int, int, int, int]
    ] = []  # name, crc, csize, usize, offset, method
    with dst.open("wb") as out:
        for name, data in [(part, None), *others]:
            raw = name.encode()
            offset = out.tell()
            if data is None:
                method, ccrc, csize, usize = 8, crc, compressed, declare or size
            else:
                c = zlib.compressobj(6, zlib.DEFLATED, -15)
                packed = c.compress(data) + c.flush()
                method, ccrc, csize, usize = 8, zlib.crc32(data), len(packed), len(data)
            out.write(
                struct.pack(
                    "<IHHHHHIIIHH",
                    0x04034B50,
                    20,
                    0,
                    method,
                    0,
                    0x21,
                    ccrc,
                    csize,
                    usize,
                    len(raw),
                    0,
                )
            )
            out.write(raw)
            if data is None:
                for b in body:
                    out.write(b)
            else:
                out.write(packed)
            entries.append((raw, ccrc, csize, usize, offset, method))
        start = out.tell()
        for raw, ccrc, csize, usize, offset, method in entries:
            out.write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    method,
                    0,
                    0x21,
                    ccrc,
                    csize,
                    usize,
                    len(raw),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
            )
            out.write(raw)
        end = out.tell()
        out.write(
            struct.pack(
                "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), end - start, start, 0
            )
        )
    return dst


def many_rows(src: Path, dst: Path, rows: int, sheet: str = "person") -> Path:
    """*src* with *rows* more rows on *sheet*, written as XML straight into the
    zip (streamed: memory stays small). Each row is compact but plausible: a new
    record id and version 1 (about 110 MB of XML for a million rows)."""
    part = sheet_part(src, sheet)
    with zipfile.ZipFile(src) as z:
        xml = z.read(part)
        others = [(i.filename, z.read(i)) for i in z.infolist() if i.filename != part]
    at = xml.index(b"</sheetData>")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for name, data in others:
            zout.writestr(name, data)
        with zout.open(part, "w", force_zip64=True) as out:
            out.write(xml[:at])
            first = 1_000
            for start in range(first, first + rows, 10_000):
                out.write(
                    "".join(
                        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>'
                        f"{n:08x}-0000-4000-8000-{n:012x}</t></is></c>"
                        f'<c r="B{n}"><v>1</v></c></row>'
                        for n in range(start, min(start + 10_000, first + rows))
                    ).encode()
                )
            out.write(xml[at:])
    return dst
