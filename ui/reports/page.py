"""The Reports screen: the figures of ``fieldkit.reports.figures.build`` for a period and
a district, as tables and two bar charts, and saved as a workbook."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.reports import figures as reports
from fieldkit.reports import workbook as report_xlsx
from fieldkit.store import Change
from ui import ops
from ui.bus import Context
from ui.records.dates import DateBox
from ui.records.pickers import districts
from ui.reports.bar_chart import BarChart, Series
from ui.reports.charts import assistance_by_type, attendance_by_month
from ui.screen import Screen
from ui.strings import i18n
from ui.sync.result_tables import ReadOnlyTable

HIDDEN = {"district", "type", "visit_id"}  # codes: the names beside them are what people read


def translated(text: str) -> str:
    """A report label: ours (context "reports") or a declared choice label."""
    shown = QCoreApplication.translate("reports", text)
    return shown if shown != text else i18n.declared(text)


def cell(value: Any, key: str = "") -> str:
    """How a report value reads on screen (months as "Apr 2025", numbers grouped)."""
    if key == "month" and isinstance(value, str) and len(value) == 7:
        return month_label(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return i18n.declared("Yes") if value else i18n.declared("No")
    if isinstance(value, int):
        return i18n.format_number(value)
    if isinstance(value, Decimal | float):
        return i18n.format_number(value, 2)
    if isinstance(value, date):
        return i18n.format_date(value)
    return str(value)


class ReportsPage(Screen):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: reports.Report | None = None
        self.asked = 0  # the latest computation asked for; older results are dropped
        self.date_from, self.date_to = DateBox(), DateBox()
        today = date.today()
        self.date_from.set_value(date(today.year, 1, 1))
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), None)
        for code, name in districts(ctx.db):
            self.district.addItem(name, code)
        self.district.setMaxVisibleItems(20)
        self.save_button = QPushButton(self.tr("Save as workbook…"))
        self.save_button.clicked.connect(self.choose_target)
        self.state = QLabel()
        bar = QHBoxLayout()
        for w in (
            QLabel(self.tr("Period from")),
            self.date_from,
            QLabel(self.tr("to")),
            self.date_to,
            QLabel(self.tr("District")),
            self.district,
        ):
            bar.addWidget(w)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.save_button)
        self.attendance = BarChart(self.tr("Attendance by month"))
        self.value = BarChart(
            self.tr("Assistance delivered by type, value in AZN"), horizontal=True
        )
        for chart in (self.attendance, self.value):
            chart.empty_text = self.tr("Nothing in this period")
            chart.number = lambda v: i18n.format_number(round(v))
        charts = QHBoxLayout()
        charts.addWidget(self.attendance, 3)
        charts.addWidget(self.value, 2)
        chart_box = QWidget()
        chart_box.setLayout(charts)
        self.tabs = QTabWidget()
        self.tables: dict[str, ReadOnlyTable] = {}
        self.notes: dict[str, QLabel] = {}
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(chart_box)
        split.addWidget(self.tabs)
        split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.load)
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(lambda _d: self.timer.start())
        self.district.currentIndexChanged.connect(lambda _i: self.timer.start())

    # --- computing ------------------------------------------------------------------

    def period(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.date_value(),
            "date_to": self.date_to.date_value(),
            "district": self.district.currentData(),
        }

    def concerns(self, change: Change) -> bool:
        return change.record_type != "exchange"  # an export changes no figure

    def fetch_soon(self) -> None:
        self.timer.start()

    def fetch(self) -> None:
        self.timer.stop()
        self.state.setText(self.tr("Counting…"))
        self.save_button.setEnabled(False)
        period = self.period()
        self.asked += 1
        asked = self.asked
        ops.read(
            self.ctx,
            lambda db: reports.build(db, **period),
            lambda report: self.show_report(report) if asked == self.asked else None,
            on_error=lambda exc: self.failed(exc) if asked == self.asked else None,
            owner=self,
        )

    def failed(self, exc: Exception) -> None:
        start, end = self.date_from.date_value(), self.date_to.date_value()
        backwards = bool(start and end and start > end)
        self.state.setText(
            self.tr("The period starts after it ends.")
            if backwards
            else str(exc)
            if isinstance(exc, ValueError)
            else ""
        )
        self.ready = True
        if not isinstance(exc, ValueError):  # a period that ends before it starts: said inline
            ops.show_error(self, exc)

    # --- showing --------------------------------------------------------------------

    def show_report(self, report: reports.Report) -> None:
        self.report = report
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in report.tables:
            view = self.tables[table.key] = ReadOnlyTable()
            shown = [i for i, c in enumerate(table.columns) if c.key not in HIDDEN]
            numeric = [
                n
                for n, i in enumerate(shown)
                if any(
                    isinstance(r[i], int | Decimal) and not isinstance(r[i], bool)
                    for r in table.rows
                )
            ]
            rows = [[cell(r[i], table.columns[i].key) for i in shown] for r in table.rows]
            if table.rows:
                totals = table.totals()
                rows.append([cell(totals[i]) for i in shown])
                rows[-1][0] = translated("Total")
            view.fill([translated(table.columns[i].label) for i in shown], rows, numeric)
            if table.rows:
                bold = view.font()
                bold.setBold(True)
                for c in range(view.columnCount()):
                    if (total := view.item(len(rows) - 1, c)) is not None:
                        total.setFont(bold)
            if "visit_id" in [c.key for c in table.columns]:  # a row opens its visit
                self.open_on_activate(view, table)
            for i, c in enumerate(shown):
                if (head := view.horizontalHeaderItem(i)) is not None:
                    head.setToolTip(table.columns[c].hxl)  # the HXL hashtag
            page = QWidget()
            box = QVBoxLayout(page)
            heading = QLabel(self.title(table))  # whole here; the tab has the short name
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: bold;")
            box.addWidget(heading)
            box.addWidget(view, 1)
            note = self.notes[table.key] = QLabel(translated(table.note) if table.note else "")
            note.setWordWrap(True)
            box.addWidget(note)
            self.tabs.addTab(page, f"{self.short_title(table)} ({len(table.rows)})")
            self.tabs.setTabToolTip(self.tabs.count() - 1, self.title(table))
        self.tabs.setCurrentIndex(max(current, 0))
        months, heads = attendance_by_month(report.table("sessions"))
        self.attendance.set_data(
            [month_label(m) for m in months],
            [Series(translated(name), values) for name, values in heads],
        )
        types, values = assistance_by_type(report.table("assistance"))
        self.value.set_data([i18n.declared(t) for t in types], [Series("AZN", values)])
        self.state.setText("")
        self.save_button.setEnabled(True)
        self.ready = True

    def open_on_activate(self, view: ReadOnlyTable, table: reports.Table) -> None:
        """Enter or a double-click on a row opens the visit it lists."""
        at = [c.key for c in table.columns].index("visit_id")
        ids = [r[at] for r in table.rows]  # the totals row after them opens nothing

        def open_row(row: int) -> None:
            if 0 <= row < len(ids) and ids[row]:
                self.ctx.bus.open_record.emit("home_visit", str(ids[row]))

        view.doubleClicked.connect(lambda index: open_row(index.row()))
        view.activated.connect(lambda index: open_row(index.row()))

    def short_title(self, table: reports.Table) -> str:
        """A table's tab: short, so that the five stay in view on a 1093-pixel
        window (1366 at 125 % scaling); the whole title heads the table."""
        short = {
            "sessions": self.tr("Sessions"),
            "visits": self.tr("Home visits"),
            "overdue": self.tr("Follow-ups overdue"),
            "assistance": self.tr("Assistance"),
            "reached": self.tr("People reached"),
        }
        return short.get(table.key, self.title(table))

    def title(self, table: reports.Table) -> str:
        if table.key == "overdue" and self.report is not None:
            return self.tr("Follow-ups overdue on %1").replace(
                "%1", i18n.format_date(self.report.as_of)
            )
        return translated(table.title)

    # --- saving ---------------------------------------------------------------------

    def choose_target(self) -> None:
        if self.report is None:
            return
        name = f"report-{date.today().isoformat()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / name),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        report = self.report
        self.state.setText(self.tr("Saving…"))
        ops.read(
            self.ctx,
            lambda _db: report_xlsx.write(report, target),  # a file, not the database
            lambda path: self.state.setText(self.tr("Saved to %1").replace("%1", str(path))),
            owner=self,
        )


def month_label(month: str) -> str:
    """ "May 2025", "may 2025", "май 2025": the month's name as it stands alone
    (Qt's "MMM" is the name inside a date, genitive in Russian: "мая")."""
    year, _, number = month.partition("-")
    name = QLocale().standaloneMonthName(int(number), QLocale.FormatType.ShortFormat)
    return f"{name} {year}"
