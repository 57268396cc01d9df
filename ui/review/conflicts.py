"""The Conflicts screen: records edited on two laptops from the same base.

The list shows the open conflicts. The chosen one is shown field by field:
its common ancestor ("Before") beside the two revisions, each side named by
its laptop and volunteer and the time its clock gave; what a side changed from
the ancestor is in bold, fields where the sides differ are marked, and the
fields that merged by themselves say whose change was taken. A person keeps one
side whole, or picks field by field; the resolution is a new revision whose
parents are both sides (``fieldkit.sync.review.resolve``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor, QFont
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
from ui.sync.names import SHORT_ID, sender_name
from ui.sync.result_tables import ReadOnlyTable, type_heading

DIFFERS = QBrush(QColor("#FFE9A8"))  # a soft yellow: readable with black text
FIELD, BEFORE, SIDE_A, SIDE_B, KEEP = range(5)  # the columns of the sides table


def load(db: Database) -> tuple[list[ConflictView], dict[str, str]]:
    """Open conflicts and the titles of the records their references point to."""
    views = conflicts.open_conflicts(db)
    wanted: dict[str, set[str]] = {}
    for v in views:
        for spec in records.get(v.record_type).refs():
            for content in (v.a.content, v.b.content, v.base or {}):
                if spec.ref and content.get(spec.name):
                    wanted.setdefault(spec.ref, set()).add(content[spec.name])
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
        self.list.setWordWrap(True)  # a long title wraps rather than lose its end
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.sides = ReadOnlyTable()
        # Values are read whole: a long one wraps in its column, never elided.
        self.sides.setWordWrap(True)
        self.sides.horizontalHeader().sectionResized.connect(self.fit_rows)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.who = QLabel()  # each side's laptop, volunteer and time; the ancestor
        self.who.setWordWrap(True)
        self.merged = QLabel()  # the fields that merged by themselves, and from whom
        self.merged.setWordWrap(True)
        self.legend = QLabel(
            self.tr("Bold: changed on that laptop since Before. Yellow: the two revisions differ.")
        )
        self.legend.setWordWrap(True)
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
        right_layout.addWidget(self.who)
        right_layout.addWidget(self.sides, 1)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.merged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_a)
        buttons.addWidget(self.keep_b)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 940])
        split.setStretchFactor(1, 1)
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
        self.list.resizeRowsToContents()
        if self.views:
            self.list.selectRow(0)
        self.show_selected()
        self.ready = True

    # --- one conflict -----------------------------------------------------------------

    def selected(self) -> ConflictView | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    def laptop(self, side: Side) -> str:
        """The laptop as people know it (``review.laptop_names``, as ``fieldkit conflicts``)."""
        named = side.laptop if side.laptop and side.laptop != side.device_id[:SHORT_ID] else None
        if side.device_id == self.ctx.db.device_id:
            return self.tr("this laptop") + (f" ({named})" if named else "")
        return sender_name(named, side.device_id)

    def side_heading(self, letter: str, side: Side, stands: bool) -> str:
        text = (
            self.tr("Revision %1: version %2 by %3 on %4, saved %5 (by its clock)")
            .replace("%1", letter)
            .replace("%2", str(side.version))
            .replace("%3", side.author or self.tr("a volunteer not named"))
            .replace("%4", self.laptop(side))
            .replace("%5", i18n.format_datetime(side.updated_at))
        )
        return text + (self.tr(" — shown now") if stands else "")

    def base_heading(self, view: ConflictView) -> str:
        if view.base is None:
            return self.tr("Before: nothing in common — the two revisions began separately.")
        if view.base_version is None:
            return self.tr("Before: their common ancestor.")
        return self.tr("Before: version %1, their common ancestor.").replace(
            "%1", str(view.base_version)
        )

    def merged_text(self, view: ConflictView) -> str:
        if not view.merged:
            return ""
        rtype = records.get(view.record_type)
        sides = {"a": ("A", view.a), "b": ("B", view.b)}
        taken = [
            self.tr("%1 taken from %2 (%3)")
            .replace("%1", self.field_label(rtype, name))
            .replace("%2", self.laptop(sides[letter][1]))
            .replace("%3", sides[letter][0])
            for name, letter in view.merged.items()
        ]
        return self.tr("Merged by themselves: %1").replace("%1", "; ".join(taken))

    def show_selected(self) -> None:
        view = self.selected()
        self.picks = {}
        for w in (self.keep_a, self.keep_b, self.resolve_button):
            w.setEnabled(view is not None)
        self.legend.setVisible(view is not None)
        if view is None:
            self.heading.setText(
                self.tr("No conflict chosen.")
                if self.views
                else self.tr("No open conflicts: every record has one current version.")
            )
            self.who.setText("")
            self.merged.setText("")
            self.merged.hide()
            self.sides.fill([], [])
            return
        rtype = records.get(view.record_type)
        self.heading.setText(
            self.tr("%1 — %2 fields differ. Pick which value to keep for each.")
            .replace("%1", view.title)
            .replace("%2", str(len(view.differing)))
        )
        self.who.setText(
            "\n".join(
                [
                    self.side_heading("A", view.a, stands=False),
                    self.side_heading("B", view.b, stands=True),
                    self.base_heading(view),
                ]
            )
        )
        self.merged.setText(self.merged_text(view))
        self.merged.setVisible(bool(view.merged))
        self.fill_sides(rtype, view)

    def fill_sides(self, rtype: declare.RecordType, view: ConflictView) -> None:
        names = [*rtype.field_names(), "deleted"]
        rows = [
            [
                self.field_label(rtype, n),
                self.before(rtype, n, view),
                self.value(rtype, n, view.a),
                self.value(rtype, n, view.b),
                "",
            ]
            for n in names
        ]
        self.sides.fill(
            [
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Revision A"),
                self.tr("Revision B"),
                self.tr("Keep"),
            ],
            rows,
        )
        bold = QFont(self.sides.font())
        bold.setBold(True)
        for r, name in enumerate(names):
            for column, side in ((SIDE_A, view.a), (SIDE_B, view.b)):
                if self.changed(name, side, view) and (cell := self.sides.item(r, column)):
                    cell.setFont(bold)
                    cell.setToolTip(
                        self.tr("Changed on %1 since Before").replace("%1", self.laptop(side))
                    )
            if name not in view.differing:
                continue
            for c in range(KEEP):
                if (cell := self.sides.item(r, c)) is not None:
                    cell.setBackground(DIFFERS)
            combo = self.picks[name] = QComboBox()
            combo.addItem(self.tr("A"), "a")
            combo.addItem(self.tr("B"), "b")
            # A field that merged by itself keeps the side whose change was taken;
            # a conflicting one, B, which is shown now.
            combo.setCurrentIndex(combo.findData(view.merged.get(name, "b")))
            self.sides.setCellWidget(r, KEEP, combo)
        self.sides.resizeColumnsToContents()
        header = self.sides.horizontalHeader()
        for column in (BEFORE, SIDE_A, SIDE_B):  # values share the width; Keep stays in view
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (FIELD, KEEP):  # a field's name on one line, the choice whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fit_rows()

    def fit_rows(self, *_: object) -> None:
        """Each row as tall as its longest value needs at the columns' widths now."""
        self.sides.resizeRowsToContents()

    @staticmethod
    def changed(name: str, side: Side, view: ConflictView) -> bool:
        if name == "deleted":  # a delete is a change from an ancestor that existed
            return side.deleted and "deleted" in view.differing
        return name in side.changed

    def field_label(self, rtype: declare.RecordType, name: str) -> str:
        return self.tr("Deleted") if name == "deleted" else i18n.label(rtype.field(name))

    def before(self, rtype: declare.RecordType, name: str, view: ConflictView) -> str:
        if view.base is None or name == "deleted":
            return "—"
        return self.shown(rtype, name, view.base.get(name))

    def value(self, rtype: declare.RecordType, name: str, side: Side) -> str:
        if name == "deleted":
            return i18n.declared("Yes") if side.deleted else i18n.declared("No")
        return self.shown(rtype, name, side.content.get(name))

    def shown(self, rtype: declare.RecordType, name: str, raw: object) -> str:
        spec = rtype.field(name)
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
