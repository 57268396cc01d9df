"""A Qt table model over one record type, a page at a time from the core.

Searching, filtering and sorting are the database's job (``query.search`` on the
folded search key): the model only ever holds the pages the view has scrolled
to. A refresh runs off the GUI thread; answers to an older refresh (the user
typed on) are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fieldkit import query, records
from fieldkit.declare import FieldSpec, Kind
from fieldkit.storage.database import Database
from ui import ops
from ui.bus import Context
from ui.strings import i18n

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class Page:
    rows: list[dict[str, Any]]
    titles: dict[str, dict[str, str]]  # ref field → id → title
    total: int | None = None


def load_page(
    db: Database,
    type_name: str,
    flt: query.Filter,
    order: tuple[str | None, bool | None],
    offset: int,
    with_total: bool,
) -> Page:
    """One page with the titles of the records it refers to (runs on a worker)."""
    rtype = records.get(type_name)
    rows = query.search_sorted(  # names in Azerbaijani alphabet order
        db, type_name, flt, order_by=order[0], descending=order[1], limit=PAGE, offset=offset
    )
    titles: dict[str, dict[str, str]] = {}
    for spec in rtype.list_columns():
        if spec.kind is Kind.REF and spec.ref:
            ids = sorted({r[spec.name] for r in rows if r.get(spec.name)})
            titles[spec.name] = query.titles(db, spec.ref, ids) if ids else {}
    total = query.count(db, type_name, flt) if with_total else None
    return Page(rows, titles, total)


class RecordTableModel(QAbstractTableModel):
    loaded = Signal()  # a refresh has been applied (rows and total are current)

    def __init__(self, ctx: Context, type_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rtype = records.get(type_name)
        self.columns: list[FieldSpec] = self.rtype.list_columns()
        self.filter = query.Filter()
        self.order: tuple[str | None, bool | None] = (None, None)
        self.rows: list[dict[str, Any]] = []
        self.titles: dict[str, dict[str, str]] = {}
        self.total = 0
        self.generation = 0
        self.ready = False

    # --- loading -------------------------------------------------------------

    def refresh(self, flt: query.Filter | None = None, *, wait: bool = False) -> None:
        """Reload from the first page; *wait* loads on this thread (startup)."""
        if flt is not None:
            self.filter = flt
        self.generation += 1
        generation, flt_now, order, name = self.generation, self.filter, self.order, self.rtype.name

        def body(db: Database) -> Page:
            return load_page(db, name, flt_now, order, 0, True)

        if wait:
            self._apply(generation, body(self.ctx.db))
        else:
            ops.read(self.ctx, body, lambda page: self._apply(generation, page), owner=self)

    def _apply(self, generation: int, page: Page) -> None:
        if generation != self.generation:
            return  # a newer refresh is on its way
        self.beginResetModel()
        self.rows, self.titles = page.rows, page.titles
        self.total = page.total or 0
        self.endResetModel()
        self.ready = True
        self.loaded.emit()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        page = load_page(
            self.ctx.db, self.rtype.name, self.filter, self.order, len(self.rows), False
        )
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            for name, more in page.titles.items():
                self.titles.setdefault(name, {}).update(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column].name
        self.order = (name, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    # --- what the view shows ---------------------------------------------------

    def record_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        for n, r in enumerate(self.rows):
            if r["id"] == record_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.columns[index.column()]
        value = self.rows[index.row()].get(spec.name)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in NUMERIC:
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return display(spec, value, self.titles.get(spec.name, {}))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return i18n.label(self.columns[section])
        return None


NUMERIC = (Kind.INT, Kind.FLOAT, Kind.MONEY)


def display(spec: FieldSpec, value: Any, titles: dict[str, str] | None = None) -> str:
    """How one stored value reads to a person, in the current language."""
    if value is None or value == "":
        return ""
    if spec.kind is Kind.REF:
        return str((titles or {}).get(value, value))
    if spec.choices is not None:
        return ", ".join(i18n.choice(spec.choices, code) for code in str(value).split(";"))
    if spec.kind is Kind.DATE:
        return i18n.format_date(value)
    if spec.kind is Kind.BOOL:
        return i18n.declared("Yes") if value else i18n.declared("No")
    if spec.kind in NUMERIC and isinstance(value, int | float | Decimal):
        return i18n.format_field_number(spec, value)  # as the form shows it
    return str(value)
