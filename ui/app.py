"""Entry point of the desktop app (``fieldkit gui``).

``--screenshot FILE`` opens the window on the database, waits until the chosen
screen has listed its first page, renders it (and the dialog ``--view`` asks
for) to a PNG and exits: for the docs, smoke tests, and seeing the app without a
screen.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

VIEWS = {  # --view names: a record type, or a screen on top of one
    "people": "person",
    "visits": "home_visit",
    "sessions": "awareness_session",
    "assistance": "livelihood_assistance",
}
DIALOGS = ("form", "edit", "history", "settings", "first-run")


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QDialog

    from fieldkit.workspace import open_database
    from ui import ops
    from ui.main_window import MainWindow, make_context
    from ui.profile import FirstRunDialog, needs_first_run, system_language
    from ui.strings import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("fieldkit")
    db = open_database(args.db)
    window: Any = None
    try:
        language = getattr(args, "lang", None) or db.setting("language") or system_language()
        i18n.install(language)
        screenshot = getattr(args, "screenshot", None)
        ctx = make_context(db)
        if not screenshot and needs_first_run(db):
            first = FirstRunDialog(ctx)
            if first.exec() != QDialog.DialogCode.Accepted:
                return 0
        window = MainWindow(ctx)
        if screenshot:
            return take_screenshot(app, window, str(screenshot), getattr(args, "view", None))
        window.show()
        window.current_page().load()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.offer_drafts)
        return app.exec()
    finally:
        ops.wait_idle()
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        db.close()


def take_screenshot(app: Any, window: Any, target: str, view: str | None) -> int:
    base, _, extra = (view or "people").partition(":")
    if base in window.tools:  # sync, reports, …
        window.show()
        tool = window.show_tool(base)
        settle(app, lambda: bool(window.status.exports.text()) and tool.ready)
        return save(window, target)
    type_name = (
        VIEWS.get(base, base) if base not in DIALOGS else VIEWS.get(extra, extra or "person")
    )
    if type_name not in window.pages:
        known = ", ".join(
            [*VIEWS, *window.tools, *(f"{d}:<screen>" for d in DIALOGS[:3]), *DIALOGS[3:]]
        )
        print(f"fieldkit: no view {view!r}; known: {known}", file=sys.stderr)
        return 1
    window.show()
    page = window.show_type(type_name)
    page.load(wait=True)  # the first page is what the screenshot is for
    if base in ("edit", "history"):
        page.table.selectRow(0)
    grab: Any = window
    if base == "form" or base == "edit":
        grab = window.open_form(type_name, page.selected() if base == "edit" else None)
    elif base == "history":
        window.show_history()
        grab = window.dialog
    elif base == "settings":
        grab = window.show_settings()
    elif base == "first-run":
        from ui.profile import FirstRunDialog

        grab = window.dialog = FirstRunDialog(window.ctx, window)
        grab.show()
    settle(app, lambda: bool(window.status.exports.text()) and page.model.ready)
    code = save(grab, target)
    if grab is not window:
        grab.close()
    return code


def save(grab: Any, target: str) -> int:
    if not grab.grab().save(target):
        print(f"cannot write {target}", file=sys.stderr)
        return 1
    return 0


def settle(app: Any, ready: Any, timeout: float = 10.0) -> None:
    """Process events until *ready()* (work finishing on worker threads), then a little more."""
    import time

    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    for _ in range(5):  # layouts after the last text change
        app.processEvents()
