"""The Conflicts screen: records edited on two laptops from the same base.

The list shows the open conflicts; the chosen one is shown as its two
revisions side by side, the differing fields highlighted. A person keeps one
side whole, or picks field by field; the resolution is a new revision that
wins everywhere once exported (``fieldkit.sync.review.resolve``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit import declare, query, records
from fieldkit.declare import Kind
from fieldkit.storage.database import Database
from fieldkit.sync import review as conflicts
from fieldkit.sync.review import ConflictView, Side
from ui import ops
from ui.bus import Context
from ui.records.model import display
from ui.screen import Screen
from ui.strings import i18n
from ui.sync.result_tables import ReadOnlyTable, type_heading

DIFFERS = QBrush(QColor("#FFE9A8"))  # a soft yellow: readable with black text


def load(db: Database) -> tuple[list[ConflictView], dict[str, str]]:
    """Open conflicts and the titles of the records their references point to."""
    views = conflicts.open_conflicts(db)
    wanted: dict[str, set[str]] = {}
    for v in views:
        for spec in records.get(v.record_type).refs():
            for side in (v.a, v.b):
                if spec.ref and side.content.get(spec.name):
                    wanted.setdefault(spec.ref, set()).add(side.content[spec.name])
    titles: dict[str, str] = {}
    for ref, ids in wanted.items():
        titles.update(query.titles(db, ref, sorted(ids)))
    return views, titles


class ConflictsPage(Screen):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.views: list[ConflictView] = []
        self.titles: dict[str, str] = {}
        self.picks: dict[str, QComboBox] = {}
        self.count = QLabel()
        self.list = ReadOnlyTable()
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.sides = ReadOnlyTable()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.keep_a = QPushButton(self.tr("All from revision A"))
        self.keep_b = QPushButton(self.tr("All from revision B"))
        self.resolve_button = QPushButton(self.tr("Resolve with these values"))
        self.keep_a.clicked.connect(lambda: self.pick_all("a"))
        self.keep_b.clicked.connect(lambda: self.pick_all("b"))
        self.resolve_button.clicked.connect(self.resolve)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.sides, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_a)
        buttons.addWidget(self.keep_b)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 900])
        QVBoxLayout(self).addWidget(split)
        self.show_selected()

    def fetch(self) -> None:  # every change may resolve or make a conflict
        ops.read(self.ctx, load, self.show_conflicts, owner=self)

    def show_conflicts(self, loaded: tuple[list[ConflictView], dict[str, str]]) -> None:
        self.views, self.titles = loaded
        self.count.setText(self.tr("Open conflicts: %1").replace("%1", str(len(self.views))))
        self.list.fill(
            [self.tr("Record"), self.tr("Type"), self.tr("Found")],
            [
                [v.title, type_heading(v.record_type), i18n.format_datetime(v.detected_at)]
                for v in self.views
            ],
        )
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.views:
            self.list.selectRow(0)
        self.show_selected()
        self.ready = True

    # --- one conflict -----------------------------------------------------------------

    def selected(self) -> ConflictView | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    def side_heading(self, letter: str, side: Side) -> str:
        device = (
            self.tr("this laptop")
            if side.device_id == self.ctx.db.device_id
            else side.device_id[:8]
        )
        return (
            self.tr("Revision %1: version %2, %3, %4")
            .replace("%1", letter)
            .replace("%2", str(side.version))
            .replace("%3", i18n.format_datetime(side.updated_at))
            .replace("%4", device)
        )

    def show_selected(self) -> None:
        view = self.selected()
        self.picks = {}
        for w in (self.keep_a, self.keep_b, self.resolve_button):
            w.setEnabled(view is not None)
        if view is None:
            self.heading.setText(
                self.tr("No conflict chosen.")
                if self.views
                else self.tr("No open conflicts: every record has one current version.")
            )
            self.sides.fill([], [])
            return
        rtype = records.get(view.record_type)
        self.heading.setText(
            "\n".join(
                [
                    self.tr("%1 — %2 fields differ. Pick which value to keep for each.")
                    .replace("%1", view.title)
                    .replace("%2", str(len(view.differing))),
                    self.side_heading("A", view.a),
                    self.side_heading("B", view.b),
                ]
            )
        )
        names = [*rtype.field_names(), "deleted"]
        rows = [
            [
                self.field_label(rtype, n),
                self.value(rtype, n, view.a),
                self.value(rtype, n, view.b),
                "",
            ]
            for n in names
        ]
        self.sides.fill(
            [self.tr("Field"), self.tr("Revision A"), self.tr("Revision B"), self.tr("Keep")], rows
        )
        for r, name in enumerate(names):
            if name not in view.differing:
                continue
            for c in range(3):
                if (cell := self.sides.item(r, c)) is not None:
                    cell.setBackground(DIFFERS)
            combo = self.picks[name] = QComboBox()
            combo.addItem(self.tr("A"), "a")
            combo.addItem(self.tr("B"), "b")
            combo.setCurrentIndex(1)  # B stands now
            self.sides.setCellWidget(r, 3, combo)
        self.sides.resizeColumnsToContents()
        header = self.sides.horizontalHeader()
        for column in (1, 2):  # the values share the width; the Keep column stays in view
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def field_label(self, rtype: declare.RecordType, name: str) -> str:
        return self.tr("Deleted") if name == "deleted" else i18n.label(rtype.field(name))

    def value(self, rtype: declare.RecordType, name: str, side: Side) -> str:
        if name == "deleted":
            return i18n.declared("Yes") if side.deleted else i18n.declared("No")
        spec, raw = rtype.field(name), side.content.get(name)
        if spec.kind is Kind.DATE and isinstance(raw, str) and raw:
            raw = date.fromisoformat(raw[:10])
        return display(spec, raw, self.titles)

    def pick_all(self, letter: str) -> None:
        for combo in self.picks.values():
            combo.setCurrentIndex(combo.findData(letter))

    def resolve(self) -> None:
        view = self.selected()
        if view is None:
            return
        picks = {name: combo.currentData() for name, combo in self.picks.items()}
        self.resolve_button.setEnabled(False)
        # The resolution's change is announced: this list reads itself again.
        ops.write(self.ctx, lambda db: conflicts.resolve(db, view.seq, picks), owner=self)
