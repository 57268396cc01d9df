"""Every screen and form fits a 1366×768 laptop at 100 % and at 125 % display
scaling, in English, Azerbaijani and Russian: the window and each form within
the screen less its taskbar and title bar (Save, Cancel and the status bar in
view), no sideways scrolling, no tab hidden behind scroll arrows, no label,
button or list box cut.

Each scale and language runs in a process of its own (:mod:`tests.ui.fit_check`):
Qt takes the scaling at start, as it does from a person's display settings. At
125 % the screen offers 1093×582 logical pixels below the taskbar."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldkit import profile
from tests.databases import copy_db
from tests.factories import Factory

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
TASKBAR = 40  # pixels, as the desktop leaves them out of the screen it offers the app


def a_volunteers_laptop(db: Any) -> None:
    """Some of everything, with long names, and follow-ups due this week."""
    profile.save(
        db,
        {
            "volunteer_name": "Gülnarə Əhmədova-Qasımova",
            "organisation": "Qarabağ Könüllüləri",
            "district": "AZ-LAC",
            "device_name": "Laçın ofisi, noutbuk 2",
        },
    )
    make = Factory(db)
    staff = db.setting("staff_id")
    for n, name in enumerate(
        ("Səbinə İsmayılova-Həsənova", "Rəşad Məmmədəliyev", "Ülviyyə Qasımova")
    ):
        person = make.create("person", full_name=name, birth_year=1970 + n)
        make.create(
            "home_visit",
            person_id=person["id"],
            visitor_id=staff,
            visit_date=date.today() - timedelta(days=10 + n),
            follow_up_due=date.today() + timedelta(days=n - 1),
        )
    make.create("awareness_session")
    make.create("livelihood_assistance")


@pytest.mark.parametrize("scale", ["1", "1.25"])
@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_every_screen_and_form_fits_a_1366_by_768_laptop(
    db: Any, tmp_path: Path, language: str, scale: str
) -> None:
    a_volunteers_laptop(db)
    db.close()
    # The data folder is shown in Settings: as short as a person's, not pytest's.
    folder = Path(tempfile.mkdtemp(prefix="fk-"))
    path = copy_db(db.path, folder / "fieldkit.db")
    screen = {"screens": [{"name": "laptop", "width": SCREEN[0], "height": SCREEN[1] - TASKBAR}]}
    (tmp_path / "screen.json").write_text(json.dumps(screen), encoding="utf-8")
    shots = os.environ.get("FIELDKIT_SHOTS")  # set it to look at every screen and form
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={tmp_path / 'screen.json'}",
        QT_SCALE_FACTOR=scale,
    )
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.fit_check",
            str(path),
            language,
            *([shots] if shots else []),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    problems = json.loads(child.stdout.splitlines()[-1])
    shutil.rmtree(folder)
    assert problems == []
