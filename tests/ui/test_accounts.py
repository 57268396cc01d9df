"""Settings adds an account for another person on a shared laptop: the core's rules
refuse a short or mistyped passphrase with nothing written, and the new
passphrase opens the same encrypted data. Adding is done at once and said so;
Settings' Cancel does not claim to take it back. Settings says whether HQ's
recovery key is in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldkit import accounts, store
from fieldkit.storage import keyfile
from fieldkit.sync import bundle
from fieldkit.workspace import open_database
from tests.conftest import PASSPHRASE
from tests.factories import Factory
from tests.ui.drive import type_into
from ui.accounts import AddAccountDialog
from ui.settings import SettingsDialog
from ui.strings import i18n

NEWCOMER = "Leyla Həsənova"
HERS = "Leylanın öz parolu"


def add_dialog(qtbot: Any, settings: SettingsDialog) -> AddAccountDialog:
    qtbot.mouseClick(settings.accounts.add_button, Qt.MouseButton.LeftButton)
    dialog = settings.accounts.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(qtbot: Any, dialog: AddAccountDialog, name: str, first: str, again: str) -> None:
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.passphrase, first)
    type_into(qtbot, dialog.again, again)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)  # OK is the default button


def refused(qtbot: Any, dialog: AddAccountDialog) -> str:
    qtbot.waitUntil(lambda: bool(dialog.problem.text()) and dialog.buttons.isEnabled())
    assert dialog.isVisible()
    return dialog.problem.text()


def test_an_account_added_in_settings_unlocks_the_same_data(
    qtbot: Any, app: Any, db_path: Path
) -> None:
    window = app.open()
    family = Factory(app.db).create("person", full_name="Gülnarə Həsənova")
    me = app.db.account
    keys_file = keyfile.path_for(db_path)
    before = keys_file.read_bytes()

    settings = window.show_settings()
    assert settings.accounts.names.text() == f"{me} (you)"
    dialog = add_dialog(qtbot, settings)

    # Refusals: said in the dialog, which stays open, with the key file untouched.
    fill(qtbot, dialog, NEWCOMER, HERS, HERS.replace("ö", "o"))
    assert dialog.problem.text() == "The two passphrases differ." and dialog.isVisible()
    fill(qtbot, dialog, NEWCOMER, "qısa", "qısa")
    assert refused(qtbot, dialog) == "A passphrase needs at least 8 characters."
    fill(qtbot, dialog, me.upper(), HERS, HERS)
    assert refused(qtbot, dialog) == f"There is already an account named {me}."
    fill(qtbot, dialog, "   ", HERS, HERS)
    assert refused(qtbot, dialog) == "An account needs a name."
    assert keys_file.read_bytes() == before and accounts.names(db_path) == [me]

    fill(qtbot, dialog, NEWCOMER, HERS, HERS)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.accounts.names.text() == ", ".join(
        f"{n} (you)" if n == me else n for n in sorted([me, NEWCOMER], key=str.casefold)
    )
    assert dialog.passphrase.text() == "" and dialog.again.text() == ""
    settings.reject()
    app.close()

    # Her passphrase opens the real encrypted database, and she is its author now.
    with open_database(db_path, accounts.Credentials(NEWCOMER, HERS)) as hers:
        assert hers.account == NEWCOMER
        found = store.get(hers, "person", family["id"])
        assert found is not None and found["full_name"] == "Gülnarə Həsənova"
    with open_database(db_path, accounts.Credentials(me, PASSPHRASE)) as mine:  # still mine too
        assert mine.account == me
    with pytest.raises(accounts.WrongPassphrase):  # the refused one was never kept
        accounts.unlock(db_path, accounts.Credentials(NEWCOMER, "qısa"), may_create=False)


def test_refusals_are_said_in_the_screens_language(qtbot: Any, app: Any, db_path: Path) -> None:
    app.open()
    i18n.install("ru")
    window = app.window
    assert window is not None
    window.build()
    settings = window.show_settings()
    dialog = add_dialog(qtbot, settings)
    assert dialog.windowTitle() == "Добавить учётную запись"
    fill(qtbot, dialog, NEWCOMER, "qısa", "qısa")
    assert refused(qtbot, dialog) == "Парольная фраза должна содержать не менее 8 символов."
    fill(qtbot, dialog, NEWCOMER, HERS, HERS + "!")
    assert dialog.problem.text() == "Парольные фразы не совпадают."
    assert accounts.names(db_path) == [app.db.account]


def test_adding_an_account_is_done_at_once_and_settings_cancel_does_not_claim_to_undo_it(
    qtbot: Any, app: Any, db_path: Path
) -> None:
    window = app.open()
    settings = window.show_settings()
    box = settings.accounts
    assert not box.done.isVisible()
    assert box.recovery.text().startswith("No HQ recovery key on this laptop")
    dialog = add_dialog(qtbot, settings)
    assert dialog.add_button.text() == "Add the account"
    assert "added as soon as you press Add the account" in " ".join(
        w.text() for w in dialog.findChildren(type(box.done))
    )
    fill(qtbot, dialog, NEWCOMER, HERS, HERS)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Said where the person looks, in so many words: it is done, Cancel does not undo it.
    assert box.done.isVisible()
    assert box.done.text() == (
        f"Account {NEWCOMER} added: it can unlock this laptop now. "
        "Cancel in Settings does not take it back."
    )
    qtbot.mouseClick(
        settings.buttons.button(settings.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not settings.isVisible()
    assert NEWCOMER in accounts.names(db_path)
    app.close()
    with open_database(db_path, accounts.Credentials(NEWCOMER, HERS)) as hers:
        assert hers.account == NEWCOMER


def test_settings_says_when_hqs_recovery_key_is_in_place(
    qtbot: Any, app: Any, db_path: Path
) -> None:
    window = app.open()
    _private, public = accounts.new_recovery_key()
    accounts.add_recovery(db_path, app.db.unlocked, public)
    settings = window.show_settings()
    assert settings.accounts.recovery.text().startswith(
        f"HQ's recovery key is in place ({bundle.fingerprint(public)})"
    )
