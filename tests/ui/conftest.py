"""pytest-qt fixtures: the real main window on a real database file.

``dialogs`` is the one place QMessageBox / QFileDialog static calls are
replaced: tests say what the user answers and read what was asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fieldkit.workspace import open_database
from ui import ops
from ui.main_window import MainWindow, make_context
from ui.strings import i18n

PROFILE = {"volunteer_name": "Aynur Məmmədova", "device_name": "Laçın laptop 1"}


@dataclass
class Dialogs:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    open_file: str = ""
    open_files: list[str] = field(default_factory=list)
    save_file: str = ""
    folder: str = ""
    text: str | list[str] = ""  # typed into input dialogs (passwords), in turn; "" cancels
    asked: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)

    def texts(self, kind: str) -> list[str]:
        return [t for k, t in self.asked if k == kind]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    box = Dialogs()

    def ask(kind: str) -> Callable[..., Any]:
        def call(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            box.asked.append((kind, text))
            return box.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return call

    for kind in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(ask(kind)))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (box.open_file, "") if box.open_file else ("", "")),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (list(box.open_files), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (box.save_file, ""))
    )

    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: box.folder)
    )

    def get_text(_parent: Any, _title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        box.asked.append(("text", label))
        typed = box.text.pop(0) if isinstance(box.text, list) else box.text
        return typed, bool(typed)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return box


class App:
    """Opens (and re-opens) the main window on one database file."""

    def __init__(self, qtbot: Any, path: Path) -> None:
        self.qtbot = qtbot
        self.path = path
        self.window: MainWindow | None = None
        self.db: Any = None

    def open(self, *, profile: bool = True) -> MainWindow:
        self.db = open_database(self.path)
        if profile:
            for key, value in PROFILE.items():
                self.db.set_setting(key, value)
        i18n.install(self.db.setting("language"))
        self.window = MainWindow(make_context(self.db))
        self.window.show()
        page = self.window.current_page()
        page.load()
        self.qtbot.waitUntil(lambda: page.model.ready)
        return self.window

    def close(self, *, crash: bool = False) -> None:
        """Close the window; *crash* skips everything a normal close does."""
        if self.window is None:
            return
        ops.wait_idle()
        if self.window.dialog is not None and not crash:
            self.window.dialog.done(0)
        self.window.hide()
        self.window.deleteLater()
        self.window = None
        self.db.close()


@pytest.fixture
def app(qtbot: Any, db_path: Path, dialogs: Dialogs) -> Iterator[App]:
    opened = App(qtbot, db_path)
    yield opened
    opened.close()
    i18n.install("en")
