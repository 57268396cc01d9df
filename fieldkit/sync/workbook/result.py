"""Plain data an import returns: what it would do or did, and what it refused."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fieldkit.erasure import Received
from fieldkit.revisions import MERGE_DEVICE
from fieldkit.sync import trust


@dataclass(frozen=True)
class Reject:
    """One refused cell (or row, sheet, file): where it is and why."""

    file: str
    sheet: str | None
    row: int | None  # as Excel numbers rows, from 1
    column: str | None  # the column letter, as Excel shows it
    key: str | None  # the column's key (header row 1)
    reason: str

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(f"sheet {self.sheet}")
        if self.row:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}" + (f" ({self.key})" if self.key else ""))
        elif self.key:
            where.append(f"column {self.key}")
        return ", ".join(where) + f": {self.reason}"


@dataclass
class Incoming:
    """One revision read from a workbook row, validated."""

    record_type: str
    id: str
    version: int
    created_at: datetime
    updated_at: datetime
    device_id: str
    deleted: bool
    content: dict[str, Any]
    content_json: str  # canonical JSON (fieldkit.store.canonical)
    fingerprint: str
    edited: bool  # changed in the spreadsheet since export: a new revision
    file: str
    sheet: str
    row: int
    letters: dict[str, str]  # column key -> letter, for reporting
    base: str | None = None  # rev of the exported revision a spreadsheet edit was made from
    # Format 2 carries ancestry: the revision's address and parents as written
    # (None: a format-1 revision, addressed by its old identity, parents guessed).
    rev: str | None = None
    parents: tuple[str, ...] | None = None
    author: str | None = None
    stub: bool = False  # known by address and parents only (its content was edited away)
    origin: Incoming | None = None  # for a spreadsheet edit: the revision it was made from

    @property
    def order_key(self) -> tuple[int, datetime, str, str, bool]:
        """The total order that picks the winner (DESIGN.md, "Sync: the contract")."""
        return order_key(
            self.version, self.updated_at, self.device_id, self.fingerprint, self.deleted
        )


def order_key(
    version: int, updated_at: datetime, device_id: str, fingerprint: str, deleted: bool
) -> tuple[int, datetime, str, str, bool]:
    # Timestamps are timezone-aware UTC throughout, so they compare as instants.
    return (version, updated_at, device_id, fingerprint, deleted)


@dataclass
class TypeCounts:
    new: int = 0  # records this database did not have
    updated: int = 0  # records whose current state changed
    unchanged: int = 0  # records already as the file has them (or newer)
    conflicts: int = 0  # new conflicts recorded for review
    revisions: int = 0  # revisions added to history (losers included)
    rejected: int = 0  # rows refused


@dataclass(frozen=True)
class ConflictInfo:
    record_type: str
    record_id: str
    a: str  # rev of the head that stands meanwhile
    b: str  # rev of the head it conflicts with


@dataclass
class FileTrust:
    """Who signed one file, and whose revisions it brought or could not bring."""

    file: str
    signer: trust.Signer
    brought: Counter[str] = field(default_factory=Counter)  # device id -> revisions
    edits: int = 0  # rows edited in a spreadsheet: the importer's own revisions
    withheld: Counter[str] = field(default_factory=Counter)  # device id -> revisions
    merges: list[Incoming] = field(default_factory=list, repr=False)  # from a sender: checked
    withheld_records: set[str] = field(default_factory=set, repr=False)  # their record ids

    def lines(self, names: dict[str, str] | None = None) -> list[str]:
        """What a person is told of this file: who signed it, whose revisions it
        brings, which it cannot. *names*: device id -> how to call it."""
        names = names or {}

        def who(device: str) -> str:
            if device == self.signer.device_id and self.signer.name:
                return self.signer.name
            return names.get(device) or device

        out = [f"{self.file}: {self.signer.describe()}"]
        mine = [
            f"{n} merges" if d == MERGE_DEVICE else f"{n} by {who(d)}"
            for d, n in sorted(self.brought.items())
            if n
        ]
        if self.edits:
            mine.append(f"{self.edits} edited in a spreadsheet (saved as yours)")
        if mine:
            out.append("  brings revisions: " + ", ".join(mine))
        for device, n in sorted(self.withheld.items()):
            out.append(
                f"  not imported: {n} revision{'s' if n != 1 else ''} made by {who(device)}, "
                f"which this file cannot vouch for ({self.reason()})"
            )
        return out

    def reason(self) -> str:
        s = self.signer
        if s.standing == trust.ENROLLED:
            return f"{s.name or s.device_id} may send only its own; HQ relays the others"
        if s.standing == trust.UNKNOWN:
            return f'enrol the sender with --enrol "{s.fingerprint}" once you have compared it'
        return "an unsigned file brings only corrections of records already here"


@dataclass
class ImportResult:
    files: list[str]
    applied: bool = False
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[Reject] = field(
        default_factory=list
    )  # read past, not refused (a misnamed sheet)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    backup: str | None = None
    trust: list[FileTrust] = field(default_factory=list)  # per file, in order
    erased: Received = field(default_factory=Received)  # people erased here by the run

    @property
    def withheld(self) -> int:
        """Revisions not imported because no file that carried them could vouch for them."""
        return sum(sum(t.withheld.values()) for t in self.trust)

    @property
    def ok(self) -> bool:
        return not self.rejects

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.counts.values())

    def summary(self) -> dict[str, int]:
        keys = ("new", "updated", "unchanged", "conflicts", "revisions")
        out = {k: self.total(k) for k in keys}
        out["rejected"] = len(self.rejects)
        return out
