"""An erasure arriving in a volunteer's bundle, in the desktop app: the import
dialog says before Apply that it erases people here, and after Apply the family
is gone from the list and her name from the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit import erasure, query
from fieldkit.sync import keys, transfer
from fieldkit.workspace import open_database
from tests.core.test_erasure import holds
from tests.ui.senders import volunteer
from tests.ui.test_sync import click, open_sync


def test_the_import_dialog_says_it_erases_and_the_family_is_gone_after_apply(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    family = "Ülviyyə Qasımova"
    sent = volunteer(template_db, tmp_path, "Laçın noutbuk 2", family)
    laptop = tmp_path / "Laçın noutbuk 2.db"
    window = app.open()
    with open_database(laptop) as db:
        keys.enrol(app.db, db.device_id, sent.name, keys.public_key(db))
    assert transfer.import_files(app.db, [sent.file]).applied
    assert [p["full_name"] for p in query.search(app.db, "person")] == [family]
    with open_database(laptop) as db:
        [person] = query.search(db, "person")
        erasure.erase(db, person["id"])
        erased = transfer.export(db, tmp_path / "erased.fkb", changed=True).path

    people = window.show_type("person")
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(erased)]
    dialog = sync.choose_files()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    said = dialog.signers.text()
    assert dialog.signers.isVisible()
    assert "Erasure on request: 1 people erased by the sender" in said
    assert query.search(app.db, "person")[0]["full_name"] == family  # a preview changes nothing

    with qtbot.waitSignal(people.model.loaded, timeout=20000):
        click(qtbot, dialog.apply_button)
    assert query.search(app.db, "person") == []  # a deleted tombstone is not listed
    assert not holds(app.db.path, family)
