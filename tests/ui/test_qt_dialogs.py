"""Qt's own dialogs speak the UI's language: Russian from the qtbase_ru Qt
ships, Azerbaijani (which Qt lacks) from our own translations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTreeView

from ui.strings import i18n

EXPECTED = {  # label, save button, the file list's first column
    "az": (["&Baxılan yer:", "Fayl &adı:", "Fayl &növü:"], "&Saxla", "Ad"),
    "ru": (["&Перейти к:", "&Имя файла:", "&Типы файлов:"], "&Сохранить", "Имя"),
    "en": (["&Look in:", "File &name:", "Files of &type:"], "&Save", "Name"),
}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_the_file_dialog_is_in_the_ui_language(
    qtbot: Any, tmp_path: Any, language: None, lang: str
) -> None:
    i18n.install(lang)
    # The dialog fieldkit shows wherever the desktop has no native one of its own.
    dialog = QFileDialog(None, "fieldkit", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels, save, name = EXPECTED[lang]
    assert [w.text() for w in dialog.findChildren(QLabel)] == labels
    assert save in [b.text() for b in dialog.findChildren(QPushButton)]
    tree = dialog.findChild(QTreeView)
    assert tree is not None and tree.model().headerData(0, tree.header().orientation()) == name
