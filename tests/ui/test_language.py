"""Switching the language: declared labels and choices, menus and dates follow."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from tests.factories import Factory


def test_switching_to_azerbaijani_shows_azerbaijani_labels(qtbot: Any, app: Any) -> None:
    window = app.open()
    Factory(app.db).create("home_visit")
    settings = window.show_settings()
    settings.language.setCurrentIndex(settings.language.findData("az"))
    with qtbot.waitSignal(settings.accepted):  # closed once the profile is written
        settings.accept()

    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == [
        "Şəxslər / ailələr",
        "Ev ziyarətləri",
        "Maarifləndirmə sessiyaları",
        "Dolanışıq yardımı",
        "Vaxtı çatanlar",
        "Sinxronizasiya",
        "Hesabatlar",
        "Ziddiyyətlər",
        "Ehtimal olunan dublikatlar",
        "Açarlar",
    ]
    assert [a.text() for a in window.menuBar().actions()] == ["&Qeydlər", "&Görünüş", "&Kömək"]
    page = window.show_type("home_visit")
    qtbot.waitUntil(lambda: page.model.ready)
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[:4] == ["Şəxs / ailə", "Ziyarət tarixi", "Ziyarət edən", "Məqsəd"]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "Psixososial dəstək" in row and "02.04.2025" in row  # choice label, Azerbaijani date
    assert page.count.text() == "Qeydlər: 1"

    form = window.open_form("person").form
    assert form.labels["full_name"].text() == "Soyadı, adı *"
    sex = form.editors["sex"].widget
    assert [sex.itemText(i) for i in range(sex.count())] == ["— seçin —", "Qadın", "Kişi"]
    window.dialog.done(0)
    qtbot.waitUntil(lambda: app.db.setting("language") == "az")  # written behind the switch

    # Russian, and back to English: the choice survives a restart of the app.
    window.set_language("ru")
    assert window.tabs.tabText(1) == "Визиты на дом"
    app.close()
    window = app.open()
    assert window.tabs.tabText(0) == "Люди / семьи"
    window.set_language("en")
    assert window.tabs.tabText(0) == "People / households"
    from ui.strings import i18n

    assert i18n.format_date(date(2025, 4, 2)) == "02/04/2025"
