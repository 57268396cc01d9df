"""Choosing referenced records: districts, villages and staff in a combo box,
people with a type-ahead search (there may be tens of thousands)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from fieldkit import query, records
from fieldkit.storage.database import Database
from fieldkit.text.fold import sort_key

COMBO_LIMIT = 5000  # reference lists (villages, staff) are small; beyond this, search


def districts(db: Database) -> list[tuple[str, str]]:
    """(ISO code, name) of every district, in Azerbaijani alphabetical order."""
    rows = query.search(db, "district", limit=COMBO_LIMIT)
    return sorted(((r["code"], r["name"]) for r in rows), key=lambda p: sort_key(p[1]))


def choices_for(db: Database, ref: str) -> list[tuple[str, str, str | None]]:
    """(stored key, title, district code) of the live records of a small reference type."""
    if ref == "district":
        return [(code, name, code) for code, name in districts(db)]
    target = records.get(ref)
    where = target.district_field
    # Only records that belong to one district (a village's is required) are
    # narrowed; staff have a home district but work anywhere.
    column = where if where and "." not in where and target.field(where).required else None
    rows = query.search(db, ref, limit=COMBO_LIMIT)
    titles = query.titles(db, ref, [r["id"] for r in rows])
    found = [(r["id"], titles.get(r["id"], ""), r[column] if column else None) for r in rows]
    return sorted(found, key=lambda p: sort_key(p[1]))


class RefCombo(QComboBox):
    """A reference to a district, village or staff member."""

    def __init__(self, db: Database, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.options = choices_for(db, ref)
        target = records.get(ref)
        where = target.district_field or ""
        # Villages belong to one district (required): the list follows the form's.
        self.by_district = (
            ref != "district" and bool(where) and "." not in where and target.field(where).required
        )
        self.district: str | None = None
        self.setMaxVisibleItems(20)
        self.show_district(None)

    def show_district(self, code: str | None) -> None:
        """Offer only the records of one district (all when *code* is None);
        the current choice stays, even from elsewhere: nothing typed is dropped."""
        self.district = code
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for key, title, district in self.options:
            if code is None or district in (code, None) or key == current:
                self.addItem(title, key)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def add_option(self, key: str, title: str, district: str | None) -> None:
        """A record made from the form (a new staff member or village), chosen at once."""
        self.options = sorted([*self.options, (key, title, district)], key=lambda p: sort_key(p[1]))
        self.show_district(self.district)  # signals blocked: one change, below
        if self.findData(key) < 0:  # a village of another district than the form's
            self.addItem(title, key)
        self.setCurrentIndex(self.findData(key))

    def value(self) -> str | None:
        key = self.currentData()
        return None if key is None else str(key)

    def set_value(self, value: Any) -> None:
        i = self.findData(value)
        if i < 0 and value:
            self.addItem(str(value), value)  # a record this laptop no longer lists
            i = self.count() - 1
        self.setCurrentIndex(max(i, 0))


class PersonPicker(QWidget):
    """Type part of a name, pick the person; or make a new one on the spot."""

    changed = Signal()
    new_requested = Signal()
    MATCHES = 25

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id: str | None = None
        self.found: dict[str, str] = {}  # title → id, of the last matches
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a name to search…"))
        self.matches = QStringListModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes field to field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.edit)
        self.timer = QTimer(self, singleShot=True, interval=150)
        self.timer.timeout.connect(self.lookup)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated.connect(self.choose_title)
        self.new_button.clicked.connect(self.new_requested)

    def _typed(self, _text: str) -> None:
        self.person_id = None
        self.changed.emit()
        self.timer.start()

    def lookup(self) -> None:
        text = self.edit.text().strip()
        if not text or self.person_id is not None:
            return  # chosen meanwhile (New person…, a pick): no list to offer
        rows = query.search(self.db, "person", query.Filter(text=text), limit=self.MATCHES)
        titles = query.titles(self.db, "person", [r["id"] for r in rows])
        self.found = {titles[r["id"]]: r["id"] for r in rows}
        self.matches.setStringList(list(self.found))
        self.completer.complete()

    def choose_title(self, title: str) -> None:
        if title in self.found:
            self.set_value(self.found[title])
            self.changed.emit()

    def value(self) -> str | None:
        return self.person_id

    def set_value(self, value: Any) -> None:
        self.timer.stop()  # a search typed before the choice must not open its list after
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        self.person_id = value or None
        title = query.titles(self.db, "person", [value]).get(value, "") if value else ""
        self.edit.setText(title)
