"""The Due screen, a volunteer's day: the follow-ups overdue, due today and due
this week (``query.follow_ups``), earliest first. A volunteer's own by default:
the visits the unlocked account recorded (``query.Own``; on a shared laptop each
person sees theirs); "All volunteers" shows every visit here, with who recorded
it. Enter or a double-click opens
the visit; "Record the follow-up visit…" starts the next one for the family,
which is what settles a follow-up (the report's rule: a later visit);
"Reschedule…" moves its date (a new revision of the visit, as any edit)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import query, records, store
from fieldkit.storage.database import Database
from fieldkit.store import Change
from fieldkit.validate import ValidationError
from ui import ops
from ui.bus import Context
from ui.records.dates import DateBox
from ui.records.pickers import districts
from ui.screen import Screen
from ui.strings import i18n
from ui.sync.names import sender_name
from ui.sync.result_tables import ReadOnlyTable

Found = tuple[list[dict[str, Any]], tuple[int, int, int], dict[str, str]]
OWN_VOLUNTEER = "volunteer"  # in laptops(): this laptop's volunteer, from its profile
WEEK = 7  # days ahead the screen looks: today and the six after it
OVERDUE_COLOUR = QColor("#b00020")


class DueScreen(Screen):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.asked = 0
        self.today = date.today()
        self.rows: list[dict[str, Any]] = []
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.table = ReadOnlyTable()  # Enter on a row: activated
        self.empty = QLabel(self.tr("No follow-up is due this week."))
        self.empty.hide()
        self.open_button = QPushButton(self.tr("Open visit"))
        self.next_button = QPushButton(self.tr("Record the follow-up visit…"))
        self.move_button = QPushButton(self.tr("Reschedule…"))
        self.move_button.clicked.connect(self.reschedule)
        self.dialog: RescheduleDialog | None = None
        for button in (self.open_button, self.next_button, self.move_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.next_button.clicked.connect(self.record_next)
        self.everyone = QCheckBox(self.tr("All volunteers"))
        self.everyone.toggled.connect(lambda _on: self.load())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.everyone)
        actions.addWidget(self.empty)
        actions.addStretch(1)  # the buttons at their size, on the right, as on every screen
        actions.addWidget(self.open_button)
        actions.addWidget(self.move_button)
        actions.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

    def concerns(self, change: Change) -> bool:
        return change.record_type in ("*", "home_visit", "person", "village")

    def fetch(self) -> None:
        self.asked += 1
        asked = self.asked
        self.today = today = date.today()
        until = today + timedelta(days=WEEK - 1)
        everyone = self.everyone.isChecked()
        own = None if everyone else query.Own(self.ctx.db.account, self.ctx.db.device_id)
        self.hint.setText(
            self.tr(
                "Follow-ups of the home visits of every volunteer on this laptop, earliest "
                "first. A follow-up is done once the family's next visit is recorded."
            )
            if everyone
            else self.tr(
                "Follow-ups of the home visits you recorded, earliest first. A "
                "follow-up is done once the family's next visit is recorded."
            )
        )

        def body(db: Database) -> Found:
            rows = query.follow_ups(db, until, own=own)
            counts = query.follow_up_counts(db, today, until, own=own)
            return rows, counts, laptops(db) if everyone else {}

        ops.read(
            self.ctx,
            body,
            lambda found: self.show_rows(found) if asked == self.asked else None,
            owner=self,
        )

    # --- showing ----------------------------------------------------------------

    def when(self, due: date) -> str:
        days = (due - self.today).days
        if days < 0:
            return self.tr("Overdue, days: %1").replace("%1", i18n.format_number(-days))
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        name = QLocale().standaloneDayName(due.isoweekday(), QLocale.FormatType.LongFormat)
        return QLocale().toUpper(name[:1]) + name[1:]  # "Cümə axşamı", as "Bu gün" beside it

    def recorded_by(self, row: dict[str, Any], laptops: dict[str, str]) -> str:
        """Who recorded a visit; one saved before accounts existed has no author:
        the volunteer of the laptop it was saved on then (this laptop's profile,
        another laptop's name as it sent it), said to be from before accounts."""
        if row["recorded_by"]:
            return str(row["recorded_by"])
        device = row.get("recorded_on")
        if device == self.ctx.db.device_id:
            who = laptops.get(OWN_VOLUNTEER) or laptops.get(device, "")
        else:
            who = sender_name(laptops.get(device or ""), device) if device else ""
        if not who:
            return self.tr("Before accounts")
        return self.tr("%1, before accounts").replace("%1", who)

    def show_rows(self, found: Found) -> None:
        rows, (overdue, today, later), laptops = found
        self.rows = rows
        self.summary.setText(
            self.tr("Overdue: %1 · Today: %2 · This week: %3")
            .replace("%1", i18n.format_number(overdue))
            .replace("%2", i18n.format_number(today))
            .replace("%3", i18n.format_number(later))
        )
        visit = records.get("home_visit")
        person = records.get("person")
        purposes = visit.field("purpose").choices
        assert purposes is not None
        names = dict(districts(self.ctx.db))
        headers = [
            self.tr("When"),
            i18n.label(visit.field("person_id")),
            i18n.label(person.field("village_id")),
            i18n.label(person.field("district")),
            i18n.label(person.field("phone")),
            i18n.label(visit.field("follow_up_due")),
            i18n.label(visit.field("visit_date")),
        ]
        everyone = self.everyone.isChecked()
        if everyone:
            headers.append(self.tr("Recorded by"))
        headers.append(i18n.label(visit.field("purpose")))  # last: it takes the room left
        shown = [
            [
                self.when(r["follow_up_due"]),
                f"{r['full_name']} ({r['birth_year']})" if r["birth_year"] else r["full_name"],
                r["village"] or "",
                names.get(r["district"], r["district"] or ""),
                r["phone"] or "",
                i18n.format_date(r["follow_up_due"]),
                i18n.format_date(r["visit_date"]),
            ]
            + ([self.recorded_by(r, laptops)] if everyone else [])
            + [i18n.choice(purposes, r["purpose"]) if r["purpose"] else ""]
            for r in rows
        ]
        # Sized to content; on a narrow window the widest give way, the purpose
        # (last) first, rather than the table scrolled sideways (ReadOnlyTable).
        self.table.fill(headers, shown)
        red = QBrush(OVERDUE_COLOUR)
        for n, r in enumerate(rows):
            if r["follow_up_due"] < self.today and (cell := self.table.item(n, 0)) is not None:
                cell.setForeground(red)
        self.empty.setVisible(not rows)
        if rows:
            self.table.setCurrentCell(0, 0)  # Enter opens the first at once
        self._update_buttons()
        self.ready = True

    # --- actions ------------------------------------------------------------------

    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.next_button, self.move_button):
            button.setEnabled(has)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.ctx.bus.open_record.emit("home_visit", row["id"])

    def record_next(self) -> None:
        row = self.selected()
        if row is not None:
            self.ctx.bus.new_record.emit("home_visit", {"person_id": row["person_id"]})

    def reschedule(self) -> RescheduleDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = RescheduleDialog(row["full_name"], max(row["follow_up_due"], self.today), self)
        visit_id = row["id"]

        def move() -> None:
            when = dialog.box.date_value()
            ops.write(
                self.ctx,
                lambda db: store.update(db, "home_visit", visit_id, {"follow_up_due": when})[1],
                on_error=self.not_moved,
                owner=self,
            )

        dialog.accepted.connect(move)
        self.dialog = dialog
        dialog.open()
        return dialog

    def not_moved(self, exc: Exception) -> None:
        if not isinstance(exc, ValidationError):
            ops.show_error(self, exc)
            return
        text = " ".join(i18n.declared(e.message) for e in exc.errors)
        QMessageBox.warning(self, self.tr("Reschedule"), text)


def laptops(db: Database) -> dict[str, str]:
    """Device id -> the name a laptop is known by (``OWN_VOLUNTEER``: this
    laptop's volunteer); read on the worker, with the rows."""
    from fieldkit.sync.review import laptop_names  # the exchange modules: not at start-up

    names = laptop_names(db)
    volunteer = db.setting("volunteer_name")
    if volunteer:
        names[OWN_VOLUNTEER] = volunteer
    return names


class RescheduleDialog(QDialog):
    """A new follow-up date for one family's visit, a week on to start with."""

    def __init__(self, name: str, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        self.box = DateBox()
        self.box.set_value(current + timedelta(days=WEEK))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New follow-up date for %1:").replace("%1", name)))
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.box.setFocus()
