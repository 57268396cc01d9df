"""The main window's tabs, narrower than Qt draws them, so that every screen's
tab stays in view on the narrowest window fieldkit gets: 1366 pixels at 125 %
display scaling leave 1093, and ten tabs in Russian asked for 1,267 (with
hidden ones behind scroll arrows). The text keeps a small margin either side."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QProxyStyle, QStyle, QTabBar

TAB_TEXT_MARGIN = 12  # both sides together; Fusion's is 24


class CompactTabs(QProxyStyle):
    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: Any = None, widget: Any = None
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_TEXT_MARGIN
        return int(super().pixelMetric(metric, option, widget))


def compact(bar: QTabBar) -> CompactTabs:
    """Draw *bar* with the compact tabs; the caller keeps the style (Qt does not)."""
    style = CompactTabs()
    bar.setStyle(style)
    return style
