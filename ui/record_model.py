"""A Qt table model over one record type, a page at a time from the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fieldkit import declare, query
from fieldkit.db import Database

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db: Database, type_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rtype = declare.get(type_name)
        self.columns = self.rtype.list_columns()
        self.filter = query.Filter()
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.refresh()

    def refresh(self, flt: query.Filter | None = None) -> None:
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self.total = query.count(self.db, self.rtype.name, self.filter)
        self.rows = query.search(self.db, self.rtype.name, self.filter, limit=PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        more = query.search(
            self.db, self.rtype.name, self.filter, limit=PAGE, offset=len(self.rows)
        )
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        spec = self.columns[index.column()]
        value = self.rows[index.row()].get(spec.name)
        if value is None:
            return ""
        if spec.choices is not None:
            return ", ".join(spec.choices.label(code) for code in str(value).split(";"))
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].label
        return None
