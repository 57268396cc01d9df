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
DIALOGS = ("form", "edit", "history", "settings", "first-run", "unlock", "create-account")


def run(args: argparse.Namespace) -> int:
    import os

    from PySide6.QtWidgets import QApplication, QDialog

    from fieldkit.accounts import PASSPHRASE_ENV
    from fieldkit.storage import paths
    from fieldkit.workspace import open_database
    from ui import ops
    from ui.main_window import MainWindow, make_context
    from ui.profile import FirstRunDialog, needs_first_run, system_language
    from ui.strings import i18n
    from ui.unlock import UnlockDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("fieldkit")
    screenshot = getattr(args, "screenshot", None)
    chosen = getattr(args, "lang", None)
    path = args.db if args.db is not None else paths.default_db()
    if os.environ.get(PASSPHRASE_ENV) or getattr(args, "passphrase_file", None):
        from fieldkit.cli.common import credentials  # tests, CI, scripted screenshots

        db = open_database(path, credentials(args))
    else:
        i18n.install(chosen or system_language())  # the database's language is locked inside
        unlock = UnlockDialog(path)
        if unlock.exec() != QDialog.DialogCode.Accepted or unlock.db is None:
            return 0
        db = unlock.db
    window: Any = None
    try:
        language = chosen or db.setting("language") or system_language()
        i18n.install(language)
        ctx = make_context(db)
        if not screenshot and needs_first_run(db):
            first = FirstRunDialog(ctx)
            if first.exec() != QDialog.DialogCode.Accepted:
                return 0
        window = MainWindow(ctx)
        if screenshot:
            return take_screenshot(app, window, str(screenshot), getattr(args, "view", None))
        app.installEventFilter(window.idle)  # any key or click anywhere keeps it unlocked
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
    elif base in ("unlock", "create-account"):
        dialog = window.dialog = unlock_preview(window.ctx.db, first=base == "create-account")
        dialog.show()
        settle(app, lambda: True)
        code = save(on_screen(dialog), target)  # alone on the screen: the window is hidden
        dialog.close()
        return code
    settle(app, lambda: bool(window.status.exports.text()) and page.model.ready)
    code = save(grab, target)
    if grab is not window:
        grab.close()
    return code


class on_screen:
    """A dialog centred on an empty 1366x768 screen, as it shows before the window."""

    def __init__(self, dialog: Any) -> None:
        self.dialog = dialog

    def grab(self) -> Any:
        from PySide6.QtGui import QColor, QPainter, QPixmap

        shot = self.dialog.grab()
        screen = QPixmap(1366, 768)
        screen.fill(QColor("#3b4252"))
        painter = QPainter(screen)
        painter.drawPixmap((1366 - shot.width()) // 2, (768 - shot.height()) // 2, shot)
        painter.end()
        return screen


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


def unlock_preview(db: Any, *, first: bool) -> Any:
    """The unlock dialog as a person sees it, for screenshots: for *db*'s accounts,
    or (*first*) as on a laptop without any (a fresh folder, nothing written to it)."""
    import tempfile
    from pathlib import Path

    from ui.unlock import UnlockDialog

    if first:  # a folder that does not exist: nothing is made unless someone presses OK
        return UnlockDialog(Path(tempfile.gettempdir()) / "fieldkit-no-such-folder" / "fieldkit.db")
    return UnlockDialog(db.path, locked=True)
