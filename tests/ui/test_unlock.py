"""Unlocking: the first account on a new laptop, a wrong passphrase, locking after idle time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldkit import accounts
from fieldkit.storage import keyfile
from fieldkit.workspace import open_database
from tests.conftest import PASSPHRASE
from ui.unlock import LOCK_SETTING, UnlockDialog


def test_the_first_run_creates_an_account_and_an_encrypted_database(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "fieldkit.db"
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Create your account"
    dialog.name.setText("Aynur Məmmədova")
    qtbot.keyClicks(dialog.passphrase, "a long passphrase")
    qtbot.keyClicks(dialog.again, "a long passphrose")
    dialog.accept()
    assert dialog.problem.text() == "The two passphrases differ." and dialog.db is None
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert "at least 8 characters" in dialog.problem.text()
    assert not path.exists() and not keyfile.path_for(path).exists()
    dialog.passphrase.setText("a long passphrase")
    dialog.again.setText("a long passphrase")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.db is not None
    assert dialog.db.account == "Aynur Məmmədova" and dialog.passphrase.text() == ""
    dialog.db.close()
    assert accounts.names(path) == ["Aynur Məmmədova"]
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_a_wrong_passphrase_keeps_the_dialog_open(qtbot: Any, db_path: Path) -> None:
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Unlock fieldkit"
    assert [dialog.account.itemText(i) for i in range(dialog.account.count())] == accounts.names(
        db_path
    )
    qtbot.keyClicks(dialog.passphrase, "not it at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.problem.text() == "Wrong passphrase for this account."
    assert dialog.isVisible() and dialog.db is None
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.db is not None
    dialog.db.close()


def test_idle_time_locks_the_window_and_another_account_unlocks_it(
    qtbot: Any, app: Any, db_path: Path
) -> None:
    window = app.open()
    first = window.ctx.db.account
    accounts.add_account(db_path, window.ctx.db.unlocked, "Rəşad Əliyev", "his passphrase")
    assert window.idle.minutes == 10 and window.idle.timer.isActive()  # the default
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # a key press starts the count again
    assert window.idle.timer.remainingTime() > 9 * 60_000

    window.idle.idle.emit()  # ten minutes without a key or a click
    assert not window.isVisible() and window.unlock is not None
    with open_database(db_path, accounts.Credentials(first, PASSPHRASE)):  # closed, lock let go
        pass
    unlock = window.unlock
    assert unlock.windowTitle() == "Unlock fieldkit" and unlock.isVisible()
    unlock.account.setCurrentText("Rəşad Əliyev")
    unlock.passphrase.setText("his passphrase")
    unlock.accept()
    qtbot.waitUntil(window.isVisible)
    assert window.ctx.db.account == "Rəşad Əliyev" != first
    app.db = window.ctx.db  # closed by the fixture


def test_the_lock_delay_is_a_setting(qtbot: Any, app: Any) -> None:
    window = app.open()
    settings = window.show_settings()
    settings.lock_after.setValue(3)
    settings.accept()
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert window.ctx.db.setting(LOCK_SETTING) == "3"
    # Three minutes to the lock (the interval: a coarse timer's remaining time may
    # read a few milliseconds over it).
    timer = window.idle.timer
    assert window.idle.minutes == 3 and timer.isActive() and timer.interval() == 3 * 60_000
    settings = window.show_settings()
    assert settings.lock_after.value() == 3
    settings.lock_after.setValue(0)
    assert settings.lock_after.text() == "never"
    settings.accept()
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert not window.idle.timer.isActive()
