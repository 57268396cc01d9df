"""Run as a program: every screen and form of the app on one laptop screen, and
what does not fit on it, as JSON on stdout.

    QT_SCALE_FACTOR=1.25 python -m tests.ui.fit_check DB LANGUAGE [SHOTS_FOLDER]

Display scaling is a start-up setting of Qt (``QT_SCALE_FACTOR``), so each
scale needs a process of its own; :mod:`tests.ui.test_fits_laptop` starts this
one with the screen described to Qt's offscreen platform: 1366×728 pixels
(768 less a 40-pixel taskbar, as the desktop reports it to the app). At 125 %
that leaves 1093×582 logical pixels, the room a person at that scaling has.

What "fits" means, for each top-level window shown:

* the window no wider than the screen and, with its title bar, no taller;
* every widget shown inside the window's rectangle (what a scroll area scrolls
  stays within its viewport's width: no sideways scrolling);
* no scroll area or table that scrolls sideways;
* no text cut: a label as wide as its text (a word-wrapped one as tall as its
  lines), a button or tick box as wide as its text, a list box as wide as its
  shortest useful size, every tab of the tab bar in view.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TITLE_BAR = 32  # logical pixels a window manager's title bar takes above a window


def problems_in(top: Any, where: str) -> list[str]:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QComboBox,
        QLabel,
        QTabBar,
        QWidget,
    )

    found: list[str] = []
    room = top.screen().availableGeometry()
    if top.width() > room.width() or top.height() + TITLE_BAR > room.height():
        found.append(
            f"{where}: the window is {top.width()}×{top.height()} (+{TITLE_BAR} title bar)"
            f" on a {room.width()}×{room.height()} screen"
        )
    for area in top.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{where}: {name_of(area)} scrolls sideways")

    def clipper(widget: Any) -> Any:
        """The scroll area viewport *widget* is drawn in, or *top*."""
        parent = widget.parentWidget()
        while parent is not None and parent is not top:
            grand = parent.parentWidget()
            if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
                return parent
            parent = grand
        return top

    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        box = clipper(widget)
        at = widget.mapTo(box, QPoint(0, 0))
        rect = QRect(at, widget.size())
        inside = box.rect()
        if box is not top:  # a form scrolls up and down, never sideways
            rect = QRect(rect.x(), 0, rect.width(), 1)
        if not inside.contains(rect) and rect.width() > 0 and not isinstance(widget, QTabBar):
            found.append(f"{where}: {name_of(widget)} reaches outside its window or view")
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    found.append(f"{where}: label {widget.text()!r} is cut (too few lines)")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"{where}: label {widget.text()!r} is cut")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(f"{where}: button {widget.text()!r} is cut")
        elif isinstance(widget, QComboBox):
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"{where}: list box {widget.currentText()!r} is cut")
        elif isinstance(widget, QTabBar) and widget.sizeHint().width() > widget.width():
            tabs = ", ".join(widget.tabText(i) for i in range(widget.count()))
            found.append(f"{where}: not every tab is in view ({tabs})")
    return found


def name_of(widget: Any) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}{f' {shown!r}' if shown else ''}"


def settle(app: Any, ready: Callable[[], bool], timeout: float = 15.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    for _ in range(5):  # the layouts after the last change
        app.processEvents()


def main(db_path: str, language: str, shots: str | None) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from fieldkit import records
    from fieldkit.workspace import open_database
    from ui import ops
    from ui.main_window import MainWindow, make_context
    from ui.profile import FirstRunDialog
    from ui.records.form import ADDABLE
    from ui.records.list_page import RecordListPage
    from ui.strings import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(Path(db_path))
    i18n.install(language)
    window = MainWindow(make_context(db))
    window.show()
    found: list[str] = []

    def shot(top: Any, name: str) -> None:
        if shots:
            scale = os.environ.get("QT_SCALE_FACTOR", "1")
            suffix = "" if scale in ("1", "1.0") else f"-{round(float(scale) * 100)}"
            top.grab().save(str(Path(shots) / f"{name}-{language}{suffix}.png"))

    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.current_page()
        if isinstance(page, RecordListPage):
            page.load()
            settle(app, lambda p=page: bool(p.model.ready))
        else:
            settle(app, lambda p=page: bool(p.ready))
        settle(app, lambda: bool(window.status.exports.text()))
        title = window.tabs.tabText(i)
        found += problems_in(window, f"screen {title!r}")
        name = next(
            (n for n, p in [*window.pages.items(), *window.tools.made.items()] if p is page)
        )
        shot(window, f"fit-{name}")

    def dialog(make: Callable[[], Any], where: str, name: str) -> None:
        opened = make()
        opened.show()
        settle(app, lambda: opened.isVisible())
        found.extend(problems_in(opened, where))
        shot(opened, f"fit-{name}")
        opened.done(0)
        app.processEvents()

    forms = [t.name for t in records.record_types(reference=False)] + list(ADDABLE)
    for type_name in forms:  # the field work's, and what a form lets one add
        rtype = records.get(type_name)
        window.show_type(rtype.name if not rtype.reference else "person")
        dialog(
            lambda n=type_name: window.open_form(n),
            f"form {i18n.declared(rtype.label)!r}",
            f"form-{type_name}",
        )
    people = window.show_type("person")
    people.load(wait=True)
    people.table.selectRow(0)
    window.show_history()
    dialog(lambda: window.dialog, "History", "history")
    dialog(window.show_settings, "Settings", "settings")
    dialog(lambda: FirstRunDialog(window.ctx, window), "First run", "first-run")
    ops.wait_idle()
    window.close()
    db.close()
    return found


if __name__ == "__main__":
    problems = main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    print(json.dumps(problems, ensure_ascii=False))
