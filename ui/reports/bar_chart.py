"""A small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts):
categories along the bottom, one bar per series in each, a legend on top."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Colour-blind-safe (Okabe–Ito) and distinct in greyscale print-outs.
PALETTE = ("#E69F00", "#0072B2", "#CC79A7", "#009E73", "#56B4E9", "#D55E00", "#F0E442")


@dataclass
class Series:
    name: str
    values: list[float]


def axis(peak: float, most: int = 5) -> tuple[int, int]:
    """The axis top and its step: whole, round steps (1, 2, 5 × 10^n), at most
    *most* of them, the top the first step at or above *peak* (0 / 50 / 100 / 150)."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if math.ceil(peak / (m * step)) <= most:
                return max(1, math.ceil(peak / (m * step))) * m * step, m * step
        step *= 10


LABEL_STEPS = (1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120)  # months: quarters and years line up


def label_every(widest: float, slot: float) -> int:
    """Label every n-th category, n the first of :data:`LABEL_STEPS` whose labels
    do not touch: evenly spaced, and for months the same months each year."""
    for n in LABEL_STEPS:
        if n * slot >= widest:
            return n
    return math.ceil(widest / max(slot, 1.0))


class BarChart(QWidget):
    def __init__(
        self, title: str = "", parent: QWidget | None = None, *, horizontal: bool = False
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal  # one row per category: long names stay readable
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.number: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.empty_text = ""
        # What the last paint wrote on the axes (what a person reads; tests check it).
        self.ticks: list[str] = []
        self.labelled: list[str] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        p.fillRect(self.rect(), self.palette().base())
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(
            rect.adjusted(0, 0, 0, -rect.height() + line), Qt.AlignmentFlag.AlignLeft, self.title
        )
        p.setFont(self.font())
        top = rect.top() + line + 4
        # Legend, one entry per series, on one line below the title.
        x = rect.left()
        for i, s in enumerate(self.series if len(self.series) > 1 else []):
            p.fillRect(QRectF(x, top + 3, 12, line - 6), QColor(PALETTE[i % len(PALETTE)]))
            p.drawText(
                QRectF(x + 16, top, fm.horizontalAdvance(s.name) + 4, line),
                Qt.AlignmentFlag.AlignVCenter,
                s.name,
            )
            x += 16 + fm.horizontalAdvance(s.name) + 16
        if len(self.series) > 1:
            top += line + 4
        peak = max((v for s in self.series for v in s.values), default=0.0)
        if not self.categories or peak <= 0:
            p.drawText(
                QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text,
            )
            return
        if self.horizontal:
            self.paint_rows(
                p, fm, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), peak
            )
            p.end()
            return
        axis_top, step = axis(peak)
        self.ticks = [self.number(k * step) for k in range(axis_top // step + 1)]
        label_w = fm.horizontalAdvance(self.number(axis_top)) + 6
        plot = QRectF(
            rect.left() + label_w,
            top + line / 2,
            rect.width() - label_w,
            rect.bottom() - top - line / 2 - line - 4,
        )
        grid = self.palette().mid().color()
        for k in range(axis_top // step + 1):  # grid lines and their (whole) values
            y = plot.bottom() - plot.height() * k * step / axis_top
            p.setPen(grid)
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(rect.left(), y - line / 2, label_w - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.number(k * step),
            )
        slot = plot.width() / len(self.categories)
        bar = min(slot * 0.8 / max(len(self.series), 1), 48.0)
        widest = max(fm.horizontalAdvance(name) for name in self.categories) + 8
        every = label_every(widest, slot)
        self.labelled = self.categories[::every]
        for c, name in enumerate(self.categories):
            left = plot.left() + c * slot + (slot - bar * len(self.series)) / 2
            for i, s in enumerate(self.series):
                value = s.values[c] if c < len(s.values) else 0.0
                h = plot.height() * value / axis_top
                p.fillRect(
                    QRectF(left + i * bar, plot.bottom() - h, bar - 1, h),
                    QColor(PALETTE[i % len(PALETTE)]),
                )
            if c % every == 0:  # labels that fit; the rest are in the table below
                p.drawText(
                    QRectF(
                        plot.left() + c * slot - slot * (every - 1) / 2,
                        plot.bottom() + 2,
                        slot * every,
                        line,
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    fm.elidedText(name, Qt.TextElideMode.ElideRight, int(slot * every)),
                )
        p.end()

    def paint_rows(self, p: QPainter, fm: QFontMetrics, area: QRectF, peak: float) -> None:
        """Horizontal bars: the category name on the left, its value at the bar's end."""
        values = self.series[0].values
        name_w = min(max(fm.horizontalAdvance(c) for c in self.categories) + 8, area.width() * 0.45)
        value_w = max(fm.horizontalAdvance(self.number(v)) for v in values) + 8
        row_h = min(area.height() / len(self.categories), fm.height() * 2.2)
        span = area.width() - name_w - value_w
        for c, name in enumerate(self.categories):
            y = area.top() + c * row_h
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(area.left(), y, name_w - 8, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, int(name_w - 8)),
            )
            w = span * (values[c] if c < len(values) else 0.0) / peak
            p.fillRect(
                QRectF(area.left() + name_w, y + row_h * 0.15, w, row_h * 0.7), QColor(PALETTE[1])
            )
            p.drawText(
                QRectF(area.left() + name_w + w + 4, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                self.number(values[c] if c < len(values) else 0),
            )
