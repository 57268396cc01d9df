"""A Qt table model over one record type, a page at a time from the core.

Searching, filtering and sorting are the database's job (``query.search`` on the
folded search key). The model knows how many records match (one ``count``) and
says so to the view, so Ctrl+End and the scrollbar reach the real last record at
once; the rows themselves arrive a page at a time, read off the GUI thread for
the rows the view asks for, newest request first, and only a few pages are kept.
A refresh starts again from the first page; answers to an older refresh (the
user typed on) are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
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
KEPT_PAGES = 40  # 8,000 rows in memory at most, whatever the list's length
WANTED = 3  # pages asked for and not read yet: only the latest matter (a dragged scrollbar)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class Page:
    rows: list[dict[str, Any]]
    titles: dict[str, dict[str, str]]  # ref field → id → title
    total: int | None = None


@dataclass(frozen=True)
class Order:
    column: str | None = None
    descending: bool | None = None
    labels: Mapping[str, str] | None = None  # a choice column: code → label shown


def load_page(
    db: Database,
    type_name: str,
    flt: query.Filter,
    order: Order,
    offset: int,
    total: int | None,
) -> Page:
    """One page with the titles of the records it refers to (runs on a worker);
    the count of all matching records too, unless *total* is known."""
    rtype = records.get(type_name)
    with_total = total is None
    rows = query.search_sorted(  # names in Azerbaijani alphabet order
        db,
        type_name,
        flt,
        order_by=order.column,
        descending=order.descending,
        limit=PAGE,
        offset=offset,
        labels=order.labels,
        total=total,  # a page near the end is read from the end
    )
    titles: dict[str, dict[str, str]] = {}
    for spec in rtype.list_columns():
        if spec.kind is Kind.REF and spec.ref:
            ids = sorted({r[spec.name] for r in rows if r.get(spec.name)})
            titles[spec.name] = query.titles(db, spec.ref, ids) if ids else {}
    total = query.count(db, type_name, flt) if with_total else None
    return Page(rows, titles, total)


class RecordTableModel(QAbstractTableModel):
    loaded = Signal()  # a refresh has been applied (the first page and total are current)
    fetched = Signal(int)  # a later page (its number) arrived and is shown

    def __init__(self, ctx: Context, type_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rtype = records.get(type_name)
        self.columns: list[FieldSpec] = self.rtype.list_columns()
        self.filter = query.Filter()
        self.order = Order()
        self.pages: OrderedDict[int, Page] = OrderedDict()  # page number → page, oldest first
        self.wanted: list[int] = []  # pages the view asked for, the latest last
        self.reading: int | None = None  # the page being read now
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
            return load_page(db, name, flt_now, order, 0, None)

        if wait:
            self._apply(generation, body(self.ctx.db))
        else:
            ops.read(self.ctx, body, lambda page: self._apply(generation, page), owner=self)

    def _apply(self, generation: int, page: Page) -> None:
        if generation != self.generation:
            return  # a newer refresh is on its way
        self.beginResetModel()
        self.pages = OrderedDict({0: page})
        self.wanted, self.reading = [], None
        self.total = page.total or 0
        self.endResetModel()
        self.ready = True
        self.loaded.emit()

    def _want(self, number: int) -> None:
        """The view shows a row of a page not read yet: read it soon."""
        if number == self.reading:
            return
        if number in self.wanted:
            self.wanted.remove(number)
        self.wanted.append(number)
        del self.wanted[:-WANTED]  # rows scrolled past while dragging are not read
        self._read_next()

    def _read_next(self) -> None:
        if self.reading is not None or not self.wanted:
            return
        number = self.reading = self.wanted.pop()
        generation, flt, order, name = self.generation, self.filter, self.order, self.rtype.name
        total = self.total

        def failed(exc: Exception) -> None:
            self.reading = None
            ops.show_error(None, exc)

        ops.read(
            self.ctx,
            lambda db: load_page(db, name, flt, order, number * PAGE, total),
            lambda page: self._arrived(generation, number, page),
            on_error=failed,
            owner=self,
        )

    def _arrived(self, generation: int, number: int, page: Page) -> None:
        if generation != self.generation:
            return  # the list was read again meanwhile; its reset cleared what was wanted
        self.reading = None
        self.pages[number] = page
        while len(self.pages) > KEPT_PAGES:
            self.pages.popitem(last=False)
        last = min(number * PAGE + len(page.rows), self.total) - 1
        if last >= number * PAGE:
            self.dataChanged.emit(
                self.index(number * PAGE, 0), self.index(last, len(self.columns) - 1)
            )
        self.fetched.emit(number)
        self._read_next()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        labels = (
            {c.code: i18n.choice(spec.choices, c.code) for c in spec.choices}
            if spec.kind is Kind.CHOICE and spec.choices is not None
            else None
        )  # a choice sorts by the label shown, in this language
        self.order = Order(spec.name, order == Qt.SortOrder.DescendingOrder, labels)
        self.refresh()

    # --- what the view shows ---------------------------------------------------

    def _row(self, row: int, *, fetch: bool) -> tuple[dict[str, Any], Page] | None:
        if not 0 <= row < self.total:
            return None
        number, at = divmod(row, PAGE)
        page = self.pages.get(number)
        if page is None:
            if fetch:
                self._want(number)
            return None
        self.pages.move_to_end(number)
        return (page.rows[at], page) if at < len(page.rows) else None

    def record_at(self, row: int) -> dict[str, Any] | None:
        found = self._row(row, fetch=False)
        return found[0] if found else None

    def row_of(self, record_id: str) -> int:
        """The row of a record among those read (-1 if it is not on a page read)."""
        for number, page in self.pages.items():
            for n, r in enumerate(page.rows):
                if r["id"] == record_id:
                    return number * PAGE + n
        return -1

    def has_rows(self) -> bool:
        return any(page.rows for page in self.pages.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in NUMERIC:
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        found = self._row(index.row(), fetch=role == Qt.ItemDataRole.DisplayRole)
        if found is None:
            return None  # being read: shown in a moment
        row, page = found
        return display(spec, row.get(spec.name), page.titles.get(spec.name, {}))

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
