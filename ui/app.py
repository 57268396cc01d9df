"""Entry point of the desktop app (``fieldkit gui``)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from fieldkit.db import open_database
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(args.db)
    try:
        window = MainWindow(db)
        window.show()
        if getattr(args, "screenshot", None):
            app.processEvents()
            window.grab().save(str(args.screenshot))
            return 0
        return app.exec()
    finally:
        db.close()
