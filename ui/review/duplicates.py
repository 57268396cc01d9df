"""Likely duplicate people (``fieldkit.duplicates.find``): the same family
registered twice under different ids, best match first, for a person to review.
Nothing is merged automatically: a person picks a pair and which record stays
(``fieldkit.duplicates.merge_people``). Each pair shows the birth years, villages
and districts beside the names; a double-click (or Enter) opens both records side
by side, field by field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit import duplicates, query, records
from fieldkit.storage.database import Database
from fieldkit.store import Change
from ui import ops
from ui.bus import EVERYTHING, Context
from ui.records.model import display
from ui.records.pickers import districts
from ui.screen import Screen
from ui.strings import i18n
from ui.sync.result_tables import ReadOnlyTable


@dataclass(frozen=True)
class Found:
    """The pairs, with both people's records and the names of what they refer to."""

    pairs: list[duplicates.Candidate]
    people: dict[str, dict[str, Any]]
    titles: dict[str, dict[str, str]]  # ref field → key → title (villages, districts)


def look(db: Database, threshold: float, district: str | None) -> Found:
    pairs = duplicates.find(db, threshold=threshold, district=district)
    people = query.by_ids(db, "person", sorted({i for c in pairs for i in (c.a, c.b)}))
    titles: dict[str, dict[str, str]] = {}
    for spec in records.get("person").refs():
        assert spec.ref is not None
        keys = sorted({p[spec.name] for p in people.values() if p.get(spec.name)})
        titles[spec.name] = query.titles(db, spec.ref, keys) if keys else {}
    return Found(pairs, people, titles)


def both(first: str, second: str) -> str:
    """One value when the two agree, "1984 / 1985" when they do not."""
    return first if first == second else f"{first} / {second}"


class DuplicatesPage(Screen):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.asked = 0
        self.found: list[duplicates.Candidate] = []
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), None)
        for code, name in districts(ctx.db):
            self.district.addItem(name, code)
        self.district.setMaxVisibleItems(20)
        self.threshold = QSpinBox()
        self.threshold.setRange(60, 100)
        self.threshold.setValue(85)
        self.threshold.setSuffix(" %")
        self.count = QLabel()
        self.people: dict[str, dict[str, Any]] = {}
        self.titles: dict[str, dict[str, str]] = {}
        self.dialog: PairDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("District")))
        bar.addWidget(self.district)
        bar.addWidget(QLabel(self.tr("At least this alike")))
        bar.addWidget(self.threshold)
        bar.addWidget(self.count, 1)
        self.table = ReadOnlyTable()
        hint = QLabel(
            self.tr(
                "People who may be one family registered twice (similar names, "
                "spelling variants, the same birth year and village). Open both "
                "records to compare; nothing is merged automatically."
            )
        )
        hint.setWordWrap(True)
        self.keep_first = QPushButton(self.tr("Merge: keep the first"))
        self.keep_second = QPushButton(self.tr("Merge: keep the second"))
        for button, keep in ((self.keep_first, 0), (self.keep_second, 1)):
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=keep: self.merge_selected(k))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.keep_first)
        actions.addWidget(self.keep_second)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.itemSelectionChanged.connect(self.on_selection)
        self.table.doubleClicked.connect(lambda _i: self.compare_selected())
        self.table.activated.connect(lambda _i: self.compare_selected())
        self.timer = QTimer(self, singleShot=True, interval=300)
        self.timer.timeout.connect(self.load)
        self.district.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.threshold.valueChanged.connect(lambda _v: self.timer.start())

    def concerns(self, change: Change) -> bool:
        return change.record_type in ("*", "person")

    def fetch_soon(self) -> None:
        self.timer.start()

    def fetch(self) -> None:
        self.timer.stop()
        self.asked += 1
        asked = self.asked
        threshold, district = float(self.threshold.value()), self.district.currentData()
        self.count.setText(self.tr("Looking…"))
        ops.read(
            self.ctx,
            lambda db: look(db, threshold, district),
            lambda found: self.show_found(found) if asked == self.asked else None,
            on_error=lambda exc: self.failed(exc) if asked == self.asked else None,
            owner=self,
        )

    def failed(self, exc: Exception) -> None:
        self.count.setText("")  # not "Looking…" for ever
        self.ready = True
        ops.show_error(self, exc)

    def fact(self, person_id: str, name: str) -> str:
        """A person's field *name* as the lists show it."""
        person = self.people.get(person_id, {})
        spec = records.get("person").field(name)
        return display(spec, person.get(name), self.titles.get(name, {}))

    def show_found(self, found: Found) -> None:
        self.found, self.people, self.titles = found.pairs, found.people, found.titles
        self.count.setText(
            self.tr("Pairs to review: %1").replace("%1", i18n.format_number(len(found.pairs)))
        )
        person = records.get("person")
        facts = ("birth_year", "village_id", "district")
        rows = [
            [
                f"{c.score:.0f}",
                c.name_a,
                c.name_b,
                *(both(self.fact(c.a, f), self.fact(c.b, f)) for f in facts),
                "; ".join(self.reason(r) for r in c.reasons),
            ]
            for c in found.pairs
        ]
        self.table.fill(
            [
                self.tr("Score"),
                self.tr("Person"),
                self.tr("Possibly the same as"),
                *(i18n.label(person.field(f)) for f in facts),
                self.tr("Why"),
            ],
            rows,
            (0,),
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.on_selection()  # the old selection went with the old rows
        self.ready = True

    def selected(self) -> duplicates.Candidate | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.found[rows.pop()] if len(rows) == 1 and self.found else None

    def on_selection(self) -> None:
        chosen = self.selected() is not None
        self.keep_first.setEnabled(chosen)
        self.keep_second.setEnabled(chosen)

    def compare_selected(self) -> PairDialog | None:
        pair = self.selected()
        if pair is None:
            return None
        dialog = PairDialog(self, pair)
        dialog.merge.connect(self.merge_selected)
        self.dialog = dialog
        dialog.open()
        return dialog

    def merge_selected(self, keep: int) -> None:
        pair = self.selected()
        if pair is None:
            return
        ids, names = (pair.a, pair.b), (pair.name_a, pair.name_b)
        survivor, merged = ids[keep], ids[1 - keep]
        question = (
            self.tr(
                "Keep %1 and merge %2 into it?\n\nThe visits and assistance of %2 will belong to %1; "
                "%2 is kept in the history and its id still leads to %1."
            )
            .replace("%1", names[keep])
            .replace("%2", names[1 - keep])
        )
        answer = QMessageBox.question(self, self.tr("Merge duplicates"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Visits and assistance change owner too: every screen reads itself again.
        ops.write(
            self.ctx,
            lambda db: ops.Changed(duplicates.merge_people(db, survivor, merged), EVERYTHING),
            owner=self,
        )

    def reason(self, text: str) -> str:
        match = re.fullmatch(r"names (\d+)% alike", text)
        if match:
            return self.tr("names %1% alike").replace("%1", match.group(1))
        known = {
            "same birth year": self.tr("same birth year"),
            "same village": self.tr("same village"),
            "same phone": self.tr("same phone"),
            "different sex": self.tr("different sex"),
        }
        return known.get(text, text)


class PairDialog(QDialog):
    """Two people side by side, field by field, the fields that differ in bold;
    merged from here once they are seen to be one family."""

    merge = Signal(int)  # which to keep: 0 the first, 1 the second

    def __init__(self, page: DuplicatesPage, pair: duplicates.Candidate) -> None:
        super().__init__(page)
        self.setWindowTitle(self.tr("Possibly one family"))
        self.table = ReadOnlyTable()
        rows = [
            [i18n.label(spec), page.fact(pair.a, spec.name), page.fact(pair.b, spec.name)]
            for spec in records.get("person").fields
        ]
        self.table.fill([self.tr("Field"), pair.name_a, pair.name_b], rows)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for n, row in enumerate(rows):
            if row[1] != row[2]:
                for c in (0, 1, 2):
                    if (cell := self.table.item(n, c)) is not None:
                        cell.setFont(bold)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_buttons = []
        for keep, text in (
            (0, self.tr("Merge: keep the first")),
            (1, self.tr("Merge: keep the second")),
        ):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=keep: self.chosen(k))
            self.keep_buttons.append(button)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def chosen(self, keep: int) -> None:
        self.accept()
        self.merge.emit(keep)  # the page asks to confirm, as from its own buttons
