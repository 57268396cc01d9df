"""A volunteer's first day on a fresh laptop: the first run, in their language,
then a home visit and an awareness session saved with nothing imported from HQ."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from fieldkit import query, store
from fieldkit.workspace import open_database
from tests.ui.drive import fill, keys, pick, save, visible_errors
from ui import profile as ui_profile
from ui.main_window import make_context
from ui.profile import FirstRunDialog
from ui.records.dialog import RecordDialog
from ui.strings import i18n
from ui.sync.names import sender_name

YESTERDAY = date.today() - timedelta(days=1)


def first_run(qtbot: Any, db: Any, language: str | None = None) -> FirstRunDialog:
    """The first-run dialog filled in as a volunteer does; closed once written."""
    dialog = FirstRunDialog(make_context(db))
    qtbot.addWidget(dialog)
    dialog.show()
    keys(dialog.profile.name, "Aynur Məmmədova")
    if language is not None:  # chosen after typing: what was typed stays
        pick(dialog.language, language)
    keys(dialog.profile.device, "Laçın ofisi 2")
    pick(dialog.profile.district, "AZ-LAC")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    return dialog


def test_the_first_run_makes_the_volunteer_a_staff_member(qtbot: Any, db: Any) -> None:
    first_run(qtbot, db)
    staff = query.search(db, "staff")
    assert [(s["full_name"], s["role"], s["district"]) for s in staff] == [
        ("Aynur Məmmədova", "volunteer", "AZ-LAC")
    ]
    assert db.setting("staff_id") == staff[0]["id"]


def test_the_language_is_chosen_on_the_first_page_and_applied_at_once(qtbot: Any, db: Any) -> None:
    i18n.install("en")
    try:
        dialog = first_run(qtbot, db, language="az")
        assert dialog.windowTitle() != "Welcome to fieldkit"  # in Azerbaijani now
        assert dialog.profile.name.text() == "Aynur Məmmədova"  # typed before the switch
        assert db.setting("language") == "az"  # the next start is in it too
    finally:
        i18n.install("en")


@pytest.mark.parametrize(
    ("system", "expected"), [("az_Latn_AZ", "az"), ("ru_RU", "ru"), ("de_DE", "en")]
)
def test_the_first_run_starts_in_the_system_language(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert ui_profile.system_language() == expected


def test_a_fresh_laptop_saves_a_home_visit_and_a_session(qtbot: Any, app: Any) -> None:
    fresh = open_database(app.path)  # nothing imported, no profile
    first_run(qtbot, fresh)
    fresh.close()
    window = app.open(profile=False)
    me = window.ctx.db.setting("staff_id")

    # A home visit: the visitor is the volunteer; the person is made on the spot,
    # in the profile's district.
    window.show_type("home_visit")
    visit = window.open_form("home_visit")
    assert visit is not None and not visit.dirty  # the defaults are not a change
    assert visit.form.editors["visitor_id"].value() == me
    assert not visit.form.hints["visitor_id"].isVisibleTo(visit.form)
    picker = visit.form.editors["person_id"].widget
    keys(picker.edit, "Elnur Həsənli")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    person = visit.child
    assert person.form.editors["district"].value() == "AZ-LAC"
    fill(qtbot, person, {"sex": "male", "displacement": "resident", "consent_given": True})
    fill(qtbot, person, {"consent_date": YESTERDAY})
    save(qtbot, person)
    assert not person.isVisible(), visible_errors(person.form)
    fill(qtbot, visit, {"visit_date": YESTERDAY, "purpose": "psychosocial"})
    save(qtbot, visit)
    assert not visit.isVisible(), visible_errors(visit.form)
    visits = query.search(window.ctx.db, "home_visit")
    assert [v["visitor_id"] for v in visits] == [me]

    # An awareness session: district and facilitator filled in; the village,
    # which HQ has not sent yet, is added from the form, in the session's district.
    window.show_type("awareness_session")
    session = window.open_form("awareness_session")
    assert session is not None
    form = session.form
    assert form.editors["district"].value() == "AZ-LAC"
    assert form.editors["facilitator_id"].value() == me
    assert form.hints["village_id"].isVisibleTo(form)  # the empty list says what to do
    qtbot.mouseClick(form.new_buttons["village_id"], Qt.MouseButton.LeftButton)
    village = session.child
    assert isinstance(village, RecordDialog) and village.rtype.name == "village"
    assert village.form.editors["district"].value() == "AZ-LAC"
    fill(qtbot, village, {"name": "Zabux"})
    save(qtbot, village)
    assert not village.isVisible(), visible_errors(village.form)
    assert form.editors["village_id"].widget.currentText() == "Zabux"
    assert not form.hints["village_id"].isVisibleTo(form)
    fill(qtbot, session, {"session_date": YESTERDAY, "audience": "school", "girls": 12})
    save(qtbot, session)
    assert not session.isVisible(), visible_errors(session.form)
    sessions = query.search(window.ctx.db, "awareness_session")
    assert [(s["facilitator_id"], s["district"], s["girls"]) for s in sessions] == [
        (me, "AZ-LAC", 12)
    ]


def test_an_empty_staff_list_says_what_to_do_and_a_staff_member_is_added_there(
    qtbot: Any, app: Any
) -> None:
    window = app.open()  # a profile from before the volunteer was made staff
    window.show_type("home_visit")
    visit = window.open_form("home_visit")
    assert visit is not None
    form = visit.form
    assert form.hints["visitor_id"].isVisibleTo(form)
    assert "New staff member…" in form.hints["visitor_id"].text()
    qtbot.mouseClick(form.new_buttons["visitor_id"], Qt.MouseButton.LeftButton)
    staff = visit.child
    fill(qtbot, staff, {"full_name": "Rəşad Quliyev", "role": "facilitator"})
    save(qtbot, staff)
    assert not staff.isVisible(), visible_errors(staff.form)
    chosen = form.editors["visitor_id"].value()
    assert chosen is not None
    assert store.get(window.ctx.db, "staff", chosen)["full_name"] == "Rəşad Quliyev"  # type: ignore[index]
    assert not form.hints["visitor_id"].isVisibleTo(form)


def test_a_sender_without_a_name_shows_as_an_unnamed_laptop() -> None:
    device = "0f3c2a9e-5b7d-4e21-9c44-7a1b2c3d4e5f"
    assert sender_name(device, device) == "Unnamed laptop 0f3c2a9e"
    assert sender_name("", device) == "Unnamed laptop 0f3c2a9e"
    assert sender_name("Laçın ofisi 2", device) == "Laçın ofisi 2"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_a_new_form_is_as_wide_as_its_fields_and_keeps_save_on_screen(
    qtbot: Any, app: Any, language: str
) -> None:
    window = app.open()
    i18n.install(language)
    try:
        for type_name in window.pages:
            form = window.open_form(type_name)
            assert form is not None
            screen = window.screen().availableGeometry()
            assert form.height() <= screen.height() - 40  # Save above the taskbar
            wanted = form.form.sizeHint().width()
            assert form.width() > wanted or form.width() >= screen.width() - 20, type_name
            form.done(0)
    finally:
        i18n.install("en")
