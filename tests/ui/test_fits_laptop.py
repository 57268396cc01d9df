"""The main window fits a 1366×768 laptop with a taskbar and a title bar, in
every language: no screen asks for more height than there is, so the status
bar and every screen's buttons stay in view."""

from __future__ import annotations

from typing import Any

import pytest

from ui.main_window import MainWindow, make_context
from ui.strings import i18n

SCREEN = (1366, 768)
TASKBAR, TITLE_BAR = 40, 32


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_every_screen_fits_a_1366_by_768_laptop(qtbot: Any, db: Any, language: str) -> None:
    i18n.install(language)
    try:
        window = MainWindow(make_context(db))
        qtbot.addWidget(window)
        room = SCREEN[1] - TASKBAR - TITLE_BAR
        needs = window.minimumSizeHint()
        too_tall = {
            window.tabs.tabText(i): window.tabs.widget(i).minimumSizeHint().height()
            for i in range(window.tabs.count())
            if window.tabs.widget(i).minimumSizeHint().height() > room - 120  # tabs, menus, status
        }
        assert too_tall == {}
        assert needs.height() <= room and needs.width() <= SCREEN[0]
        # Every screen's tab in view, none behind the tab bar's scroll arrows
        # (the window is 1280 wide on that screen).
        assert window.tabs.tabBar().sizeHint().width() <= 1280
        assert window.height() <= window.screen().availableGeometry().height() - TITLE_BAR
    finally:
        i18n.install("en")
