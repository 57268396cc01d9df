"""What an import reads: a workbook file, or a bundle's workbook held in memory."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

Sender = tuple[str, str, str]  # a bundle's verified sender: device id, name, public key


@dataclass(frozen=True)
class Member:
    """A workbook held in memory (a bundle's member, decrypted): never written to disk."""

    name: str  # as a person is shown it: ``bundle.fkb/records.xlsx``
    data: bytes = field(repr=False)
    sender: Sender | None = None  # who signed the bundle it came in (verified)

    def __str__(self) -> str:
        return self.name

    def open(self) -> io.BytesIO:
        return io.BytesIO(self.data)


Source = Path | str | Member


def zip_of(source: Source) -> zipfile.ZipFile:
    return zipfile.ZipFile(source.open() if isinstance(source, Member) else source)
