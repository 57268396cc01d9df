"""The Sync screen's export says what protects each file: once the laptop has
HQ's exchange key (from HQ's join bundle), a bundle is encrypted to it with no
password asked; a workbook says it is not encrypted."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from fieldkit.sync import bundle, keys
from fieldkit.workspace import open_database
from tests.databases import copy_db, own_device
from tests.factories import Factory
from tests.ui.test_sync import click, open_sync


def test_a_bundle_is_encrypted_to_hqs_key_and_a_workbook_says_it_is_not(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    hq = own_device(copy_db(template_db, tmp_path / "hq.db"))
    with open_database(hq) as db:
        hq_device, hq_key, hq_exchange = db.device_id, keys.public_key(db), keys.exchange_public(db)
    window = app.open()
    Factory(app.db).create("person", full_name="Səbinə İsmayılova")
    box = open_sync(qtbot, window).export_box
    assert "can have a password" in box.bundle.text()  # not joined: no key to encrypt to
    keys.join(app.db, hq_device, "HQ Bakı", hq_key)
    keys.learn_hq_exchange(app.db, hq_exchange)  # as HQ's join bundle brings it
    box.hide()
    box.show()
    assert "encrypted to HQ's key; only HQ can open it" in box.bundle.text()
    assert "not encrypted" in box.workbook.text()

    click(qtbot, box.bundle)
    dialogs.save_file = str(tmp_path / "for-hq.fkb")
    click(qtbot, box.button)
    qtbot.waitUntil(lambda: "Exported" in box.status.text(), timeout=20000)
    assert box.status.text().endswith("Encrypted to HQ's key: only HQ can open it.")
    with zipfile.ZipFile(tmp_path / "for-hq.fkb") as z:
        encryption = json.loads(z.read("manifest.json"))["encryption"]
    assert encryption["kdf"] == bundle.AGREED and encryption["recipient"] == hq_exchange

    click(qtbot, box.workbook)
    dialogs.save_file = str(tmp_path / "plain.xlsx")
    click(qtbot, box.button)
    qtbot.waitUntil(lambda: "plain.xlsx" in box.status.text(), timeout=20000)
    assert box.status.text().endswith(
        "Not encrypted: anyone with this file can read every name in it."
    )
