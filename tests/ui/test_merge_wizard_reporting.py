"""The Merge wizard reports what the merge did: each file's conflicts, and why
files that each passed their check were refused together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit import query
from fieldkit.sync import keys, transfer
from fieldkit.workspace import open_database
from tests.core.test_merge_reporting import set_cells, with_district
from tests.core.xlsx_tools import sign
from tests.databases import copy_db
from tests.factories import Factory
from tests.ui.drive import texts
from tests.ui.test_sync import click, open_sync

CONFLICTS, PROBLEM = 5, 7  # columns: file, from, new, updated, unchanged, conflicts, rejected


def exported(template_db: Path, folder: Path, people: list[str]) -> Path:
    path = folder / "laptop.db"
    copy_db(template_db, path)
    with open_database(path) as db:
        make = Factory(db)
        for person in people:
            make.create("person", full_name=person)
        return transfer.export(db, folder / "laptop.xlsx").path


def merge(qtbot: Any, app: Any, dialogs: Any, files: list[Path], master: Path) -> Any:
    window = app.open()
    sync = open_sync(qtbot, window)
    wizard = sync.open_merge()
    wizard.add(files)
    click(qtbot, wizard.check_button)
    qtbot.waitUntil(lambda: bool(wizard.checked), timeout=20000)
    dialogs.save_file = str(master)
    click(qtbot, wizard.merge_button)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30000)
    return wizard


def test_each_file_shows_the_conflicts_its_rows_took_part_in(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    base = exported(template_db, tmp_path, ["Səbinə İsmayılova", "Rəşad Əliyev"])
    one = set_cells(base, tmp_path / "aynur.xlsx", "person", "phone", {3: "+994 50 111 11 11"})
    two = set_cells(base, tmp_path / "elvin.xlsx", "person", "phone", {3: "+994 55 222 22 22"})
    wizard = merge(qtbot, app, dialogs, [one, two], tmp_path / "master.xlsx")
    assert wizard.merged_result is not None
    rows = {r[0]: r for r in texts(wizard.outcomes)}
    # Checked alone, neither conflicts with anything; merged, they conflict.
    assert rows["aynur.xlsx"][CONFLICTS] == "1" and rows["elvin.xlsx"][CONFLICTS] == "1"
    assert rows["aynur.xlsx"][PROBLEM] == "merged"
    wizard.reject()


def test_files_refused_together_are_not_merged_and_the_wizard_says_why(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    base = exported(template_db, tmp_path, ["Səbinə İsmayılova", "Rəşad Əliyev"])
    with open_database(tmp_path / "laptop.db") as laptop:  # the laptop adds them, signed
        device, key = laptop.device_id, keys.private_key(laptop)
    one = sign(with_district(base, tmp_path / "one.xlsx", "AZ-ZZZ", "Yeni rayon", device), key)
    two = sign(with_district(base, tmp_path / "two.xlsx", "AZ-ZZZ", "Başqa rayon", device), key)
    master = tmp_path / "master.xlsx"
    wizard = merge(qtbot, app, dialogs, [one, two], master)
    assert wizard.merged_result is None and not master.exists()
    assert not wizard.open_button.isEnabled()
    assert "refused together" in wizard.state.text()
    assert "nothing was imported" in wizard.state.text()
    [refused] = texts(wizard.rejects)
    assert refused[1] == "district" and "is already the iso 3166-2 code" in refused[-1]
    problems = [r[PROBLEM] for r in texts(wizard.outcomes)]
    assert "merged" not in problems and problems.count("Left out (refused cells: 1)") == 1
    assert query.count(app.db, "person", query.Filter()) == 0
    assert not dialogs.texts("critical")
    wizard.reject()
