"""The Help menu: the manual in the UI's language, every shortcut, and About
with the version, the data folder and this laptop's key fingerprint."""

from __future__ import annotations

from importlib import metadata
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldkit.sync import bundle, keys
from tests.ui.drive import shortcut, texts
from ui.help import AboutDialog, ManualDialog, ShortcutsDialog
from ui.strings import i18n


def help_action(window: Any, position: int) -> Any:
    menu = window.menuBar().actions()[-1].menu()
    return menu.actions()[position]


def test_the_shortcuts_list_has_every_menu_key_and_the_form_keys(qtbot: Any, app: Any) -> None:
    window = app.open()
    shortcut(qtbot, window, Qt.Key.Key_Slash)  # Ctrl+/
    dialog = window.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = {row[0]: row[1] for row in texts(dialog.table)}
    assert listed["Ctrl+N"] == "Records → New record"
    assert listed["Ctrl+H"] == "Records → History of selected"
    assert listed["Ctrl+5"] == "View → Due"
    assert listed["Ctrl+0"] == f"View → {window.tabs.tabText(window.tabs.count() - 1)}"
    assert listed["Ctrl+S"] == "Save the form"
    assert listed["Alt+Down, F4"] == "Open the calendar of a date box"
    menu_keys = {
        a.shortcut().toString()
        for top in window.menuBar().actions()
        for a in top.menu().actions()
        if not a.shortcut().isEmpty()
    }
    assert menu_keys <= set(listed)


def test_about_shows_the_version_the_folder_and_this_laptops_fingerprint(
    qtbot: Any, app: Any
) -> None:
    window = app.open()
    help_action(window, 2).trigger()
    about = window.dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    qtbot.waitUntil(lambda: about.ready)
    assert about.version.text() == metadata.version("fieldkit")
    assert about.folder.text() == str(app.path.resolve().parent)
    assert about.fingerprint.text() == bundle.fingerprint(keys.public_key(app.db))
    assert len(about.fingerprint.text().replace(" ", "")) == 20


@pytest.mark.parametrize(
    ("language", "heading", "due"),
    [
        ("en", "fieldkit — a short manual", "Due"),
        ("az", "fieldkit — qısa təlimat", "Vaxtı çatanlar"),
        ("ru", "fieldkit — краткое руководство", "К выполнению"),
    ],
)
def test_the_manual_opens_in_the_ui_language(
    qtbot: Any, app: Any, language: str, heading: str, due: str
) -> None:
    window = app.open()
    i18n.install(language)
    window.build()
    shortcut_key = help_action(window, 0).shortcut()
    assert shortcut_key.toString() == "F1"
    help_action(window, 0).trigger()
    manual = window.dialog
    assert isinstance(manual, ManualDialog)
    text = manual.text.toPlainText()
    assert text.startswith(heading)
    assert due in text  # it names the Due screen as the app does, in that language
    assert window.tabs.tabText(list(window.tools).index("due") + len(window.pages)) == due
