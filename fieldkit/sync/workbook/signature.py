"""The signature of a workbook (DESIGN.md, "Trust"; docs/trust.md, "Signed workbooks").

The exporting laptop signs, with its Ed25519 key, a digest of:

* every row of the about sheet but the signature itself (key and value as text);
* each record row's sync cells, the very texts its seal is made of
  (``id, version, created_at, updated_at, device_id, author, deleted, rev,
  parents``), with the record type;
* each history row's cells but its content (the content is bound by ``rev``,
  its address: a history row whose content does not match is refused anyway);
* each row of the erasures sheet (record type, id, rev).

A row's content is not signed: a person may correct it in a spreadsheet, and
the corrected row becomes the importer's own revision, a child of the signed
one. Rows are hashed one by one and their digests sorted, so sorting the rows
or adding a coordinator's own columns keeps the signature; adding, removing or
changing a signed cell breaks it, and the file is refused.

Each sheet's sorted row digests are hashed into one ``signed.<sheet>`` row of
the about sheet, and the signature covers the about sheet: so a sheet a person
renamed or removed is named (its rows were not imported) while the sheets read
are checked row for row. The about sheet holds ``public_key`` (base64) and
``signature`` (base64); the signer is the about sheet's ``device_id``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence

DOMAIN = b"fieldkit-workbook-signature/1\n"
SIGNATURE, PUBLIC_KEY = "signature", "public_key"
SIGNED = "signed."  # about-sheet key prefix: the digest of one sheet's rows


def _digest(kind: str, values: Sequence[str]) -> bytes:
    return hashlib.sha256(
        json.dumps([kind, *values], ensure_ascii=False, separators=(",", ":")).encode()
    ).digest()


def row_digest(record_type: str, sealed_texts: Sequence[str]) -> bytes:
    """A record row: its type and the texts of its sealed cells, in seal order."""
    return _digest("row:" + record_type, sealed_texts)


def history_digest(
    record_type: str,
    record_id: str,
    rev: str,
    parents: str,
    version: int,
    updated_at: str,
    device_id: str,
    author: str,
    deleted: bool,
    has_content: bool,
) -> bytes:
    """A history row, as its cells read (parents as :func:`columns.dump_parents` writes them)."""
    return _digest(
        "history",
        [
            record_type,
            record_id,
            rev,
            parents,
            str(version),
            updated_at,
            device_id,
            author,
            "yes" if deleted else "no",
            "content" if has_content else "stub",
        ],
    )


def erasure_digest(record_type: str, record_id: str, rev: str) -> bytes:
    """A row of the erasures sheet: the revision it says erases a person."""
    return _digest("erasure", [record_type, record_id, rev])


def sheet_digest(digests: Iterable[bytes]) -> str:
    """One sheet's rows, in any order: the hex digest of their sorted digests."""
    h = hashlib.sha256(b"sheet\n")
    for d in sorted(digests):
        h.update(d)
    return h.hexdigest()


EMPTY = sheet_digest(())


def message(about: Mapping[str, str]) -> bytes:
    """What is signed: the about sheet without its signature (the sheets' digests included)."""
    h = hashlib.sha256(DOMAIN)
    for key in sorted(about):
        if key != SIGNATURE:
            h.update(_digest("about", [key, about[key]]))
    return h.digest()
