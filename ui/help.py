"""The Help menu: the manual (docs/manual.md, in the UI's language), every
keyboard shortcut (read from the menus themselves, so the list cannot drift
from them, plus the keys inside forms and lists), and About: the version, the
data folder and this laptop's key fingerprint, which a coordinator compares
when enrolling it."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage import paths
from fieldkit.sync import bundle, keys
from ui import ops
from ui.bus import Context
from ui.strings import i18n
from ui.sync.result_tables import ReadOnlyTable


def manual_path(language: str) -> Path:
    """docs/manual.<language>.md, or the English docs/manual.md."""
    docs = paths.root() / "docs"
    own = docs / f"manual.{language}.md"
    return own if own.is_file() else docs / "manual.md"


def in_form_keys() -> list[tuple[str, str]]:
    """Keys that are no menu's: inside forms, date boxes and lists."""
    return [
        ("Ctrl+S", QCoreApplication.translate("Help", "Save the form")),
        (
            "Esc",
            QCoreApplication.translate("Help", "Close the form (asks first if anything was typed)"),
        ),
        ("Tab", QCoreApplication.translate("Help", "Next field")),
        ("Alt+Down, F4", QCoreApplication.translate("Help", "Open the calendar of a date box")),
        ("Down", QCoreApplication.translate("Help", "From the search box into the list")),
        ("Enter", QCoreApplication.translate("Help", "Open the record of the current row")),
        (
            "Ctrl+End, Ctrl+Home",
            QCoreApplication.translate("Help", "Last and first record of a list"),
        ),
    ]


def menu_keys(bar: QMenuBar) -> list[tuple[str, str]]:
    """(shortcut, "Menu → action") of every menu action that has one."""
    found = []
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():  # type: ignore[attr-defined]
            key = action.shortcut()
            if not key.isEmpty():
                where = f"{top.text().replace('&', '')} → {action.text().replace('&', '')}"
                found.append((key.toString(QKeySequence.SequenceFormat.NativeText), where))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.table = ReadOnlyTable()
        rows = [*menu_keys(bar), *in_form_keys()]
        self.table.fill(
            [
                QCoreApplication.translate("Help", "Keys"),
                QCoreApplication.translate("Help", "What they do"),
            ],
            rows,
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Manual"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        path = manual_path(i18n.current())
        self.text.setMarkdown(path.read_text(encoding="utf-8") if path.is_file() else "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 640)


def laptop_fingerprint(db: Any) -> str:
    return bundle.fingerprint(keys.public_key(db))  # made on first use: a write


class AboutDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "About fieldkit"))
        try:
            version = metadata.version("fieldkit")
        except metadata.PackageNotFoundError:  # a frozen build without metadata
            version = "?"
        self.version = QLabel(version)
        self.folder = QLabel(str(Path(ctx.db.path).resolve().parent))
        self.fingerprint = QLabel("…")
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 15px;")
        for label in (self.folder, self.fingerprint):
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
            label.setWordWrap(True)
        self.device = QLabel(ctx.db.setting("device_name") or "")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Help", "Version"), self.version)
        form.addRow(QCoreApplication.translate("Help", "Data folder"), self.folder)
        form.addRow(QCoreApplication.translate("Help", "This laptop"), self.device)
        form.addRow(
            QCoreApplication.translate("Help", "This laptop's key fingerprint"), self.fingerprint
        )
        note = QLabel(
            QCoreApplication.translate(
                "Help",
                "A coordinator enrolling this laptop compares this fingerprint with the "
                "one their screen shows: read it to them by phone or in person.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(f"fieldkit {version}")
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.ready = False
        ops.write(ctx, laptop_fingerprint, self._shown, owner=self)

    def _shown(self, fingerprint: str) -> None:
        self.fingerprint.setText(fingerprint)
        self.ready = True


def add_menu(window: Any, bar: QMenuBar) -> None:
    """The Help menu of the main window (``window.add_action``, ``window.dialog``)."""
    menu = bar.addMenu(QCoreApplication.translate("Help", "&Help"))

    def show(dialog: QDialog) -> None:
        window.dialog = dialog
        dialog.open()

    window.add_action(
        menu,
        QCoreApplication.translate("Help", "&Manual"),
        QKeySequence.StandardKey.HelpContents,
        lambda: show(ManualDialog(window)),
    )
    window.add_action(
        menu,
        QCoreApplication.translate("Help", "&Keyboard shortcuts"),
        "Ctrl+/",
        lambda: show(ShortcutsDialog(bar, window)),
    )
    window.add_action(
        menu,
        QCoreApplication.translate("Help", "&About fieldkit"),
        "",
        lambda: show(AboutDialog(window.ctx, window)),
    )
