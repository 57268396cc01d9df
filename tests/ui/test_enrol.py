"""Enrolling senders one at a time in the desktop app (issue 12): each unknown
sender is asked about with its name and key fingerprint; Enrol takes that sender
alone, Skip leaves its files out, reported as refused with the reason. No blanket
enrolment, in the import dialog or the Merge wizard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication

from fieldkit import query
from fieldkit.sync import keys
from tests.ui.drive import texts
from tests.ui.senders import Sent, volunteer
from tests.ui.test_sync import click, open_sync
from ui import ops


def answer(qtbot: Any, dialog: Any, sender: Sent, *, enrol: bool, seen: list[Any]) -> None:
    """Wait for the question about *sender* (a new one each time) and answer it."""
    qtbot.waitUntil(
        lambda: dialog.question is not None and dialog.question not in seen, timeout=20000
    )
    question = dialog.question
    seen.append(question)
    said = question.text()
    assert sender.name in said and sender.fingerprint in said and sender.file.name in said
    assert "compare this fingerprint with the sender's laptop (help → about)" in said.lower()
    assert sender.device_id in said
    assert question.skip_button.isDefault()  # Enter does not enrol
    click(qtbot, question.enrol_button if enrol else question.skip_button)


def two_senders(template_db: Path, tmp_path: Path) -> tuple[Sent, Sent]:
    return (
        volunteer(template_db, tmp_path, "Laçın noutbuk 2", "Səbinə İsmayılova"),
        volunteer(template_db, tmp_path, "Füzuli noutbuk 1", "Tofiq Nəsirov"),
    )


def families(db: Any) -> list[str]:
    return sorted(p["full_name"] for p in query.search(db, "person"))


def test_import_enrols_the_one_sender_answered_enrol_and_refuses_the_skipped(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    a, b = two_senders(template_db, tmp_path)
    window = app.open()
    people = window.show_type("person")
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(a.file), str(b.file)]
    dialog = sync.choose_files()
    seen: list[Any] = []
    answer(qtbot, dialog, a, enrol=True, seen=seen)
    answer(qtbot, dialog, b, enrol=False, seen=seen)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)

    # The preview is of A's file alone; B's is listed as refused, with why.
    counts = {row[0]: row[1:] for row in texts(dialog.counts)}
    assert counts["People / households"][0] == "1"
    assert dialog.refused.isVisible()
    refused = dialog.refused.text()
    assert refused.startswith(f"{b.file.name}: not imported: its sender {b.name}")
    assert f"(key fingerprint {b.fingerprint}) is not enrolled here, and you chose Skip" in refused
    assert a.file.name not in refused
    assert keys.enrolled(app.db) == []  # nothing enrolled by a preview
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(people.model.loaded, timeout=20000):
        click(qtbot, dialog.apply_button)
    assert families(app.db) == [a.family]
    assert [e.device_id for e in keys.enrolled(app.db)] == [a.device_id]
    assert keys.enrolled(app.db)[0].name == a.name


def test_skipping_every_sender_imports_nothing(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    a, b = two_senders(template_db, tmp_path)
    window = app.open()
    sync = open_sync(qtbot, window)
    dialog = sync.open_import([str(a.file), str(b.file)])
    seen: list[Any] = []
    answer(qtbot, dialog, a, enrol=False, seen=seen)
    answer(qtbot, dialog, b, enrol=False, seen=seen)
    qtbot.waitUntil(lambda: "Nothing can be imported" in dialog.state.text())
    assert not dialog.apply_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert a.file.name in dialog.refused.text() and b.file.name in dialog.refused.text()
    click(qtbot, dialog.cancel_button)
    assert families(app.db) == [] and keys.enrolled(app.db) == []


def test_the_merge_wizard_asks_per_sender_and_leaves_the_skipped_out(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    a, b = two_senders(template_db, tmp_path)
    window = app.open()
    sync = open_sync(qtbot, window)
    click(qtbot, sync.merge_button)
    wizard = sync.dialog
    wizard.add([a.file, b.file])
    click(qtbot, wizard.check_button)
    seen: list[Any] = []
    answer(qtbot, wizard, a, enrol=True, seen=seen)
    answer(qtbot, wizard, b, enrol=False, seen=seen)
    qtbot.waitUntil(lambda: bool(wizard.checked), timeout=20000)
    rows = {r[0]: r for r in texts(wizard.outcomes)}
    assert rows[a.file.name][-1] == ""  # to be merged
    skipped = rows[b.file.name][-1]
    assert skipped.startswith(
        f"not imported: its sender {b.name} (key fingerprint {b.fingerprint})"
    )
    assert "1 of 2 files can be merged" in wizard.state.text()

    # Checked again (say after adding a file): the answers hold, nobody is asked twice.
    click(qtbot, wizard.check_button)
    qtbot.waitUntil(lambda: not wizard.busy and bool(wizard.checked), timeout=20000)
    assert wizard.question is None and len(seen) == 2

    master = tmp_path / "master.xlsx"
    dialogs.save_file = str(master)
    click(qtbot, wizard.merge_button)
    qtbot.waitUntil(lambda: wizard.merged_result is not None, timeout=30000)
    rows = {r[0]: r for r in texts(wizard.outcomes)}
    assert rows[a.file.name][-1] == "merged" and rows[b.file.name][-1] == skipped
    assert families(app.db) == [a.family]
    assert [e.device_id for e in keys.enrolled(app.db)] == [a.device_id]
    ws = load_workbook(master, read_only=True)["Merge report"]
    report = {r[0]: r for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert report[a.file.name][4] == "yes" and report[b.file.name][4] == "no"
    assert b.fingerprint in report[b.file.name][10]  # why, in the master too
    wizard.reject()


def test_cancel_while_the_senders_are_looked_up_asks_nobody(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    a, b = two_senders(template_db, tmp_path)
    window = app.open()
    sync = open_sync(qtbot, window)
    click(qtbot, sync.merge_button)
    wizard = sync.dialog
    wizard.add([a.file, b.file])
    click(qtbot, wizard.check_button)
    wizard.reject()  # before the look-up's answer can arrive (it is queued to this thread)
    assert wizard.state.text() == "Cancelling…"
    qtbot.waitUntil(lambda: wizard.state.text() == "Cancelled: nothing was merged.")
    assert wizard.question is None and wizard.checked == [] and wizard.check_button.isEnabled()
    assert keys.enrolled(app.db) == []
    wizard.reject()


def test_cancel_on_import_while_the_senders_are_looked_up_closes_it(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    a, _b = two_senders(template_db, tmp_path)
    window = app.open()
    sync = open_sync(qtbot, window)
    dialog = sync.open_import([str(a.file)])
    click(qtbot, dialog.cancel_button)  # before the look-up's answer arrives
    assert not dialog.isVisible()
    ops.wait_idle()
    QCoreApplication.processEvents()  # the look-up's answer is delivered, and dropped
    assert dialog.question is None and dialog.progress is None and dialog.outcome is None
    assert families(app.db) == [] and keys.enrolled(app.db) == []


def test_a_signed_workbook_from_an_unknown_sender_is_asked_about_and_says_whose_rows(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    """A loose workbook is signed like a bundle: its unknown sender is asked
    about; the preview says who signed it and whose revisions it brings."""
    a = volunteer(template_db, tmp_path, "Laçın noutbuk 2", "Səbinə İsmayılova", suffix=".xlsx")
    window = app.open()
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(a.file)]
    dialog = sync.choose_files()
    answer(qtbot, dialog, a, enrol=True, seen=[])
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    said = dialog.signers.text()
    assert dialog.signers.isVisible()
    assert said.startswith(f"{a.file.name}: signed by {a.name} ({a.fingerprint})")
    assert re.search(rf"Brings: \d+ by {re.escape(a.name)}$", said, re.M)  # a family, its staff
    assert "Not imported" not in said
    assert dialog.apply_button.isEnabled()
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert families(app.db) == [a.family]
    assert [e.device_id for e in keys.enrolled(app.db)] == [a.device_id]
