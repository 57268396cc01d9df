"""Likely duplicate people (``fieldkit.duplicates.find``): the same family
registered twice under different ids, best match first, for a person to review.
Nothing is merged automatically: a person picks a pair and which record stays
(``fieldkit.duplicates.merge_people``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit import duplicates
from fieldkit.store import Change
from ui import ops
from ui.bus import EVERYTHING, Context
from ui.records.pickers import districts
from ui.screen import Screen
from ui.sync.result_tables import ReadOnlyTable


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
            lambda db: duplicates.find(db, threshold=threshold, district=district),
            lambda found: self.show_found(found) if asked == self.asked else None,
            owner=self,
        )

    def show_found(self, found: list[duplicates.Candidate]) -> None:
        self.found = found
        self.count.setText(self.tr("Pairs to review: %1").replace("%1", str(len(found))))
        rows = [
            [f"{c.score:.0f}", c.name_a, c.name_b, "; ".join(self.reason(r) for r in c.reasons)]
            for c in found
        ]
        self.table.fill(
            [self.tr("Score"), self.tr("Person"), self.tr("Possibly the same as"), self.tr("Why")],
            rows,
            (0,),
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.ready = True

    def selected(self) -> duplicates.Candidate | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.found[rows.pop()] if len(rows) == 1 and self.found else None

    def on_selection(self) -> None:
        chosen = self.selected() is not None
        self.keep_first.setEnabled(chosen)
        self.keep_second.setEnabled(chosen)

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
