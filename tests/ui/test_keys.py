"""The Keys screen (issue 12): this laptop's fingerprint to read aloud, the senders
enrolled here, and Revoke for a stolen laptop — after which its bundles are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.sync import bundle, keys, transfer
from fieldkit.workspace import open_database
from tests.ui.drive import texts
from tests.ui.senders import volunteer


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_keys(qtbot: Any, window: Any) -> Any:
    page = window.show_tool("keys")
    qtbot.waitUntil(lambda: page.ready)
    return page


def test_revoked_in_the_gui_then_its_bundles_are_refused(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    first = volunteer(template_db, tmp_path, "Füzuli noutbuk 3", "Ülviyyə Qasımova")
    with open_database(app.path) as hq:  # HQ enrolled this laptop when it joined
        assert transfer.import_files(hq, [first.file], enrol=first.fingerprint).applied
    window = app.open()
    page = open_keys(qtbot, window)

    # This laptop's own fingerprint, large, for reading aloud.
    own = bundle.fingerprint(keys.public_key(app.db))
    assert page.own_key.text() == own
    assert page.own_key.font().pointSizeF() >= 2 * page.font().pointSizeF()
    [row] = texts(page.senders)
    assert row[:3] == [first.name, first.device_id, first.fingerprint] and row[4] == "Trusted"
    assert row[3]  # when it was enrolled
    assert not page.revoke_button.isEnabled()  # nothing chosen yet

    page.senders.selectRow(0)
    assert page.revoke_button.isEnabled()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    click(qtbot, page.revoke_button)
    (asked,) = dialogs.texts("question")
    assert first.name in asked and first.fingerprint in asked and first.device_id in asked
    assert keys.trusted(app.db) == {first.device_id: keys.enrolled(app.db)[0].public_key}

    dialogs.answer = QMessageBox.StandardButton.Yes
    click(qtbot, page.revoke_button)
    qtbot.waitUntil(lambda: page.ready and texts(page.senders)[0][4].startswith("Revoked "))
    assert keys.trusted(app.db) == {}
    assert keys.enrolled(app.db)[0].revoked_at is not None
    page.senders.selectRow(0)
    assert not page.revoke_button.isEnabled()  # a revoked key is revoked once
    assert page.senders.item(0, 2).font().strikeOut()

    # A later bundle from the stolen laptop, through the Sync screen: refused.
    later = volunteer(template_db, tmp_path, "Füzuli noutbuk 3", "Tofiq Nəsirov", n=2)
    people = window.show_type("person")
    qtbot.waitUntil(lambda: people.model.ready)
    assert people.count.text() == "Records: 1"
    sync = window.show_tool("sync")
    qtbot.waitUntil(lambda: sync.ready)
    assert texts(sync.senders)[0][4].startswith("Revoked ")  # the Sync screen's list too
    dialog = sync.open_import([str(later.file)])
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")), timeout=20000)
    (refusal,) = dialogs.texts("warning")
    assert f"is signed by the key {first.fingerprint}, revoked here on" in refusal
    assert dialog.question is None  # never offered for enrolment again
    assert not dialog.isVisible()
    people = window.show_type("person")
    qtbot.waitUntil(lambda: people.model.ready)
    assert people.count.text() == "Records: 1"
    assert [r.kind for r in transfer.exchanges(app.db)] == ["import"]  # only the first
