"""A volunteer records one of each kind of record through the forms, finds,
edits, deletes and undoes, closes the app and finds everything again."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldkit import store
from tests.ui.drive import fill, keys, save, shortcut, visible_errors

# What a volunteer types, per record type: (form values, search text, edit, text it shows after)
PERSON = {
    "full_name": "Səbinə İsmayılova",
    "sex": "female",
    "birth_year": 1984,
    "district": "AZ-LAC",
    "displacement": "returnee",
    "vulnerability": "missing_family;female_headed",
    "consent_given": True,
    "consent_date": date(2025, 3, 12),
}


def reference_data(db: Any) -> dict[str, str]:
    """Villages and staff come from HQ, not from these forms."""
    village = store.create(db, "village", {"name": "Zabux", "district": "AZ-LAC"})
    staff = store.create(db, "staff", {"full_name": "Aynur Məmmədova", "role": "volunteer"})
    return {"village": village["id"], "staff": staff["id"]}


def forms(ref: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {
        "person": PERSON | {"village_id": ref["village"]},
        "home_visit": {
            "person_id": "ismayılova",
            "visit_date": date(2025, 4, 2),
            "visitor_id": ref["staff"],
            "purpose": "psychosocial",
            "needs": "psychosocial;legal",
            "notes": "Asked about the search for their son.",
        },
        "awareness_session": {
            "session_date": date(2025, 4, 10),
            "district": "AZ-LAC",
            "village_id": ref["village"],
            "facilitator_id": ref["staff"],
            "audience": "school",
            "girls": 12,
            "boys": 15,
            "women": 2,
            "men": 1,
            "materials": "leaflets",
            "notes": "Zabux school, grades 5 to 9.",
        },
        "livelihood_assistance": {
            "person_id": "Səbinə",
            "assistance_type": "beekeeping",
            "items": "Beehives",
            "quantity": 5,
            "value": "1250.50",
            "status": "delivered",
            "delivery_date": date(2025, 5, 20),
        },
    }


SEARCH = {  # folded search: typed without Azerbaijani letters, still found
    "person": "səbinə ISMAYILOVA",
    "home_visit": "ISMAYILOVA",
    "awareness_session": "zabux school",
    "livelihood_assistance": "beehives",
}
EDITS = {
    "person": ("phone", "+994 50 123 45 67"),
    "home_visit": ("notes", " Again."),
    "awareness_session": ("men", 4),
    "livelihood_assistance": ("items", " and suits"),
}


def find(qtbot: Any, window: Any, type_name: str, text: str) -> Any:
    page = window.show_type(type_name)
    qtbot.waitUntil(lambda: page.model.ready)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.search.clear()
        keys(page.filters.search, text)  # debounced: one search after typing
    return page


def shown(page: Any) -> list[str]:
    """The first row of the list as the person reads it."""
    m = page.model
    return [m.index(0, c).data() for c in range(m.columnCount())] if m.rowCount() else []


def test_record_find_edit_delete_undo_and_reopen(qtbot: Any, app: Any, dialogs: Any) -> None:
    window = app.open()
    ref = reference_data(app.db)
    for type_name, values in forms(ref).items():
        page = window.show_type(type_name)
        shortcut(qtbot, window, Qt.Key.Key_N)
        dialog = window.dialog
        assert dialog.rtype.name == type_name and dialog.isVisible()
        fill(qtbot, dialog, values)
        save(qtbot, dialog)
        assert not dialog.isVisible(), visible_errors(dialog.form)
        qtbot.waitUntil(lambda p=page: p.model.total == 1)

    # Found by search, references shown by title and choices by label.
    page = find(qtbot, window, "home_visit", SEARCH["home_visit"])
    assert page.model.total == 1
    assert "Səbinə İsmayılova (1984)" in shown(page) and "Psychosocial support" in shown(page)
    page = find(qtbot, window, "awareness_session", SEARCH["awareness_session"])
    assert page.model.total == 1 and "Zabux" in shown(page) and "School" in shown(page)
    assert page.count.text() == "Records: 1"

    # Edit each through its form.
    for type_name, (field, typed) in EDITS.items():
        page = find(qtbot, window, type_name, SEARCH[type_name])
        assert page.model.total == 1
        page.table.selectRow(0)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        dialog = window.dialog
        assert dialog.record is not None
        editor = dialog.form.editors[field]
        if isinstance(typed, int):
            editor.set_value(typed)
        else:
            widget = editor.widget
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            keys(widget, typed)
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            save(qtbot, dialog)
        assert dialog.result() == dialog.DialogCode.Accepted
    page = find(qtbot, window, "awareness_session", "zabux")
    assert "4" in shown(page)
    page = find(qtbot, window, "livelihood_assistance", "suits")
    assert "Beehives and suits" in shown(page)

    # Delete, then undo from the status bar.
    page = find(qtbot, window, "person", SEARCH["person"])
    page.table.selectRow(0)
    with qtbot.waitSignal(page.model.loaded):
        page.delete_button.click()
    assert page.model.total == 0 and page.count.text() == "Records: 0"
    assert window.status.undo_button.isVisible()
    with qtbot.waitSignal(page.model.loaded):
        qtbot.mouseClick(window.status.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 1 and shown(page)[0] == "Səbinə İsmayılova"

    # Close and reopen the same file: everything is there.
    app.close()
    window = app.open()
    for type_name, text in SEARCH.items():
        page = find(qtbot, window, type_name, text.split()[0])
        assert page.model.total == 1, type_name
    page = find(qtbot, window, "person", "Sabina")
    assert "+994" not in " ".join(shown(page))  # phone is not a list column …
    page.table.selectRow(0)
    window.show_history()
    history = window.dialog.model
    changes = [history.index(r, 3).data() for r in range(history.rowCount())]
    assert changes[0] == "restored" and changes[1] == "deleted"
    assert changes[2] == "Phone: — → +994 50 123 45 67" and changes[-1] == "created"
    assert history.index(0, 2).data() == "this laptop (Laçın laptop 1)"


@pytest.mark.parametrize("type_name", ["awareness_session"])
def test_a_form_refuses_invalid_input_with_a_message_beside_the_field(
    qtbot: Any, app: Any, type_name: str
) -> None:
    window = app.open()
    ref = reference_data(app.db)
    window.show_type(type_name)
    dialog = window.open_form(type_name)
    values = forms(ref)[type_name] | {"girls": 0, "boys": 0, "women": 0, "men": 0}
    values.pop("audience")
    fill(qtbot, dialog, values)
    assert dialog.form.total.text() == "<b>0</b>"
    save(qtbot, dialog)
    assert dialog.isVisible()
    errors = dialog.form.errors
    assert errors["audience"].isVisible()
    assert errors["audience"].text() == "This field is required."
    assert dialog.form.summary.isVisible()
    assert store.counts(app.db)[type_name]["live"] == 0

    fill(qtbot, dialog, {"audience": "school"})
    save(qtbot, dialog)
    assert dialog.isVisible() and not errors["audience"].isVisible()
    assert errors["girls"].text() == "A session needs at least one participant."
    assert errors["girls"].isVisible()
    assert store.counts(app.db)[type_name]["live"] == 0

    line = dialog.form.editors["boys"].widget.lineEdit()
    line.selectAll()
    keys(line, "7")
    assert dialog.form.total.text() == "<b>7</b>"  # the total follows what is typed
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert store.counts(app.db)[type_name]["live"] == 1


def test_the_village_list_follows_the_chosen_district(qtbot: Any, app: Any) -> None:
    window = app.open()
    zabux = store.create(app.db, "village", {"name": "Zabux", "district": "AZ-LAC"})
    horadiz = store.create(app.db, "village", {"name": "Horadiz", "district": "AZ-FUZ"})
    store.create(
        app.db, "staff", {"full_name": "Elvin Quliyev", "role": "facilitator", "district": "AZ-FUZ"}
    )
    dialog = window.open_form("awareness_session")
    villages = dialog.form.editors["village_id"].widget
    staff = dialog.form.editors["facilitator_id"].widget

    def offered(combo: Any) -> list[str]:
        return [combo.itemText(i) for i in range(1, combo.count())]

    assert offered(villages) == ["Horadiz", "Zabux"]
    fill(qtbot, dialog, {"district": "AZ-LAC"})
    assert offered(villages) == ["Zabux"]
    assert offered(staff) == ["Elvin Quliyev"]  # staff work in any district
    fill(qtbot, dialog, {"village_id": zabux["id"], "district": "AZ-FUZ"})
    assert offered(villages) == ["Horadiz", "Zabux"]  # the choice made stays visible
    assert villages.value() == zabux["id"] and horadiz["id"]
