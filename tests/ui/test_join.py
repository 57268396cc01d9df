"""Joining HQ in the GUI (issue 12): a new laptop's status bar leads to the Sync
screen's Join box; the join bundle shows HQ's name and fingerprint; a fingerprint
typed that differs keeps Join off; the right one (or a tick) joins, the reference
data arrive, and the box, the Keys screen and the status bar say so. The dialog
says whether the bundle carries HQ's recovery key; once joined with one, Settings
says it is in place. At 1366×768 in Azerbaijani and Russian, the Join box fits
and is screenshotted."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap

from fieldkit import accounts, query
from fieldkit.sync import bundle, keys, transfer
from fieldkit.sync import join as joining
from fieldkit.workspace import open_database
from tests.databases import copy_db, own_device
from tests.factories import Factory
from tests.ui.senders import volunteer

SCREEN = (1366, 768)


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def hq_join_bundle(
    template_db: Path, folder: Path, recovery: str | None = None
) -> tuple[Path, str]:
    """HQ (a device of its own) with a village and a staff member: its join bundle
    (carrying the *recovery* public key, if given)."""
    path = own_device(copy_db(template_db, folder / "hq.db"))
    with open_database(path) as db:
        db.set_setting("device_name", "HQ Bakı")
        Factory(db).create("village", name="Zabux", district="AZ-LAC")
        if recovery is not None:
            joining.record_recovery_key(db, recovery)
        target = transfer.export(db, folder / "join.fkb", profile="join").path
        return target, bundle.fingerprint(keys.public_key(db))


def choose(qtbot: Any, dialogs: Any, box: Any, file: Path) -> Any:
    """Join HQ… and the join bundle chosen: the dialog that compares fingerprints."""
    dialogs.open_file = str(file)
    click(qtbot, box.choose_button)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible())
    return box.dialog


def test_a_new_laptop_joins_hq_in_the_sync_screen(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    _private, public = accounts.new_recovery_key()
    file, fp = hq_join_bundle(template_db, tmp_path, recovery=public)
    window = app.open()
    # A first run: the status bar offers to join, and leads to the Sync screen.
    qtbot.waitUntil(lambda: window.status.join_button.isVisible())
    click(qtbot, window.status.join_button)
    sync = window.current_page()
    assert sync is window.tools["sync"]
    qtbot.waitUntil(lambda: sync.ready)
    box = sync.join_box
    assert box.choose_button.isVisible() and not box.joined.isVisible()

    asked = choose(qtbot, dialogs, box, file)
    assert "HQ Bakı" in asked.hq.text() and "join.fkb" in asked.hq.text()
    assert asked.fingerprint.text() == fp
    assert f"HQ's recovery key ({bundle.fingerprint(public)})" in asked.recovery.text()
    assert not asked.join_button.isEnabled()  # nothing compared yet
    asked.same.setChecked(True)
    assert asked.join_button.isEnabled()  # confirmed by the tick …
    asked.same.setChecked(False)
    wrong = bundle.fingerprint(bundle.public_key(bundle.new_private_key()))
    qtbot.keyClicks(asked.typed, wrong)
    assert asked.problem.isVisible() and "do not join" in asked.problem.text()
    asked.same.setChecked(True)
    assert not asked.join_button.isEnabled()  # … but never over a typed one that differs
    asked.same.setChecked(False)
    asked.typed.clear()
    qtbot.keyClicks(asked.typed, fp.lower().replace(" ", ""))  # as a person types it
    assert not asked.problem.isVisible() and asked.join_button.isEnabled()
    assert keys.hq(app.db) is None  # nothing recorded before Join

    click(qtbot, asked.join_button)
    qtbot.waitUntil(lambda: box.joined.isVisible() or bool(dialogs.asked), timeout=20000)
    assert dialogs.asked == []
    assert box.joined.text() == f"Joined HQ HQ Bakı ({fp})"
    assert not box.choose_button.isVisible() and not asked.isVisible()
    hq = keys.hq(app.db)
    assert hq is not None and hq.fingerprint == fp
    assert [v["name"] for v in query.search(app.db, "village", limit=10)] == ["Zabux"]
    qtbot.waitUntil(lambda: not window.status.join_button.isVisible())
    sync.load()
    qtbot.waitUntil(lambda: sync.ready)
    assert box.joined.isVisible()  # and so it stays when the screen reads again

    page = window.show_tool("keys")
    qtbot.waitUntil(lambda: page.ready)
    assert "HQ Bakı" in page.hq_key.text() and fp in page.hq_key.text()

    # The data's key is sealed to HQ's recovery key, and Settings says so.
    assert accounts.recovery_public_keys(app.db.path) == [public]
    settings = window.show_settings()
    assert settings.accounts.recovery.text() == (
        f"HQ's recovery key is in place ({bundle.fingerprint(public)}): if a passphrase is "
        "forgotten, HQ can set a new one and nothing is lost."
    )
    settings.reject()


def test_a_cancelled_join_and_a_bundle_that_is_not_a_join_bundle(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    file, _fp = hq_join_bundle(template_db, tmp_path)
    other = own_device(copy_db(template_db, tmp_path / "other.db"))
    with open_database(other) as db:
        sent = transfer.export(db, tmp_path / "volunteer.fkb").path
    window = app.open()
    sync = window.show_tool("sync")
    qtbot.waitUntil(lambda: sync.ready)
    asked = choose(qtbot, dialogs, sync.join_box, file)
    assert asked.recovery.text().startswith("The bundle carries no recovery key from HQ")
    asked.same.setChecked(True)
    click(qtbot, asked.cancel_button)
    assert not asked.isVisible() and keys.hq(app.db) is None

    dialogs.open_file = str(sent)
    click(qtbot, sync.join_box.choose_button)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))
    (said,) = dialogs.texts("warning")
    assert "volunteer.fkb is not HQ's join bundle" in said
    assert keys.hq(app.db) is None and sync.join_box.choose_button.isVisible()


def with_dialog(window: Any, dialog: Any) -> QPixmap:
    """The window as the person sees it: the dialog drawn over it, centred."""
    shot = window.grab()
    painter = QPainter(shot)
    over = dialog.grab()
    painter.drawPixmap(
        (shot.width() - over.width()) // 2, (shot.height() - over.height()) // 2, over
    )
    painter.end()
    return shot


@pytest.mark.parametrize("language", ["az", "ru"])
def test_joining_fits_a_1366_laptop(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path, language: str
) -> None:
    file, fp = hq_join_bundle(template_db, tmp_path)
    app.open()
    app.db.set_setting("language", language)
    app.close()
    window = app.open()
    window.resize(*SCREEN)
    sync = window.show_tool("sync")
    qtbot.waitUntil(lambda: sync.ready)
    qtbot.waitUntil(lambda: window.width() == SCREEN[0])
    qtbot.wait(50)  # one layout pass at the new size
    box = sync.join_box
    assert box.choose_button.text() != "Join HQ…"  # translated
    for button in (box.choose_button, sync.import_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert box.intro.width() >= box.intro.sizeHint().width(), box.intro.text()
    folder = Path(os.environ.get("FIELDKIT_SHOTS", "/tmp/shots"))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / f"join-sync-{language}.png"))

    asked = choose(qtbot, dialogs, box, file)
    qtbot.wait(50)
    assert asked.join_button.text() != "Join" and asked.height() < SCREEN[1] - 100
    for label in (asked.hq, asked.hint, asked.recovery, asked.problem):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert asked.fingerprint.width() >= asked.fingerprint.sizeHint().width()
    qtbot.keyClicks(asked.typed, fp)
    qtbot.wait(50)
    for label in (asked.hq, asked.hint, asked.recovery):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    shot = with_dialog(window, asked)
    assert (shot.width(), shot.height()) == SCREEN
    assert shot.save(str(folder / f"join-compare-{language}.png"))
    click(qtbot, asked.join_button)
    qtbot.waitUntil(lambda: box.joined.isVisible(), timeout=20000)
    assert fp in box.joined.text() and box.joined.text() != f"Joined HQ HQ Bakı ({fp})"
    qtbot.wait(50)
    assert box.joined.width() >= box.joined.sizeHint().width()
    assert window.grab().save(str(folder / f"join-done-{language}.png"))


def test_the_keys_screen_shows_hq_and_the_keys_it_revoked(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    stolen = volunteer(template_db, tmp_path, "Füzuli noutbuk 3", "Tofiq Nəsirov")
    hq = own_device(copy_db(template_db, tmp_path / "hq.db"))
    with open_database(hq) as db:
        db.set_setting("device_name", "HQ Bakı")
        assert transfer.import_files(db, [stolen.file], enrol=stolen.fingerprint).applied
        keys.revoke(db, stolen.fingerprint)
        file = transfer.export(db, tmp_path / "join.fkb", profile="join").path
        fp = bundle.fingerprint(keys.public_key(db))
    window = app.open()
    page = window.show_tool("keys")
    qtbot.waitUntil(lambda: page.ready)
    assert stolen.fingerprint not in page.hq_key.text()  # not joined: nothing learned
    assert joining.join(app.db, file, fp).result.applied
    page.load()
    qtbot.waitUntil(lambda: page.ready)
    heading, learned = page.hq_key.text().splitlines()
    assert "HQ Bakı" in heading and fp in heading
    assert learned == f"Keys revoked at HQ, refused here too: {stolen.fingerprint}"
