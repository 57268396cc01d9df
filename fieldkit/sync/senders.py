"""Who sent these files and is not enrolled here: asked before an import or merge,
so that a person compares each new sender's key fingerprint and enrols that
sender alone (DESIGN.md, "Trust": one sender at a time, no blanket enrolment).

The answer comes from the same check an import makes
(:func:`fieldkit.sync.transfer.open_bundle`, which refuses an unknown sender with
:class:`~fieldkit.sync.transfer.NotEnrolled` before any password is tried), so
the question and the import can never disagree about who is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.storage.database import Database
from fieldkit.sync import transfer, trust
from fieldkit.sync.bundle import BundleError
from fieldkit.sync.workbook import reader, signature


@dataclass
class Unknown:
    """A sender not enrolled here, and the files it signed."""

    device_id: str
    name: str
    fingerprint: str
    files: list[Path] = field(default_factory=list)


def unknown(db: Database, paths: Sequence[Path | str]) -> list[Unknown]:
    """The senders of *paths* not enrolled here, in the order their first file was
    given; one entry per key, however many of its files there are.

    Files refused for any other reason (damaged, a revoked or a forged key) are
    left to the import, which says why; so are unsigned workbooks (no sender).
    """
    found: dict[str, Unknown] = {}
    for raw in paths:
        path = Path(raw)
        try:
            if path.suffix.lower() != transfer.BUNDLE_SUFFIX:
                _workbook_signer(db, path)
            else:
                transfer.open_bundle(db, path, password=None, enrol=False)
        except transfer.NotEnrolled as exc:
            entry = found.setdefault(
                exc.fingerprint, Unknown(exc.device_id, exc.name, exc.fingerprint)
            )
            entry.files.append(path)
        except BundleError:
            continue
    return list(found.values())


def _workbook_signer(db: Database, path: Path) -> None:
    """Raise :class:`trust.NotEnrolled` if the workbook at *path* is signed by a
    key not enrolled here (its signature is checked by the import itself)."""
    meta = reader.about(path)
    key = meta.get(signature.PUBLIC_KEY, "")
    if not meta.get(signature.SIGNATURE) or not key:
        return
    device = meta.get("device_id", "")
    name = meta.get("device_name") or meta.get("volunteer") or ""
    trust.signer(db, path.name, device, name, key, lambda _fp: False, strict=True)
