"""Every string has a real translation, and the declared strings are current."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from fieldkit.storage import paths
from ui.strings import declared as declared_strings

ROOT = Path(__file__).resolve().parents[2]


def test_the_declared_strings_module_is_current() -> None:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "declared_strings.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert declared_strings.STRINGS == gen.strings(), "run scripts/translations.sh"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_message_is_translated(language: str) -> None:
    ts = paths.resource("translations", f"fieldkit_{language}.ts")
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 200
    untranslated = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert untranslated == []
    sources = {m.findtext("source") for m in messages}
    assert set(declared_strings.STRINGS) <= sources


@pytest.mark.parametrize(
    ("language", "expected"), [("az", "Ev ziyarətləri"), ("ru", "Визиты на дом")]
)
def test_the_compiled_qm_translates(language: str, expected: str) -> None:
    translator = QTranslator()
    assert translator.load(str(paths.resource("translations", f"fieldkit_{language}.qm")))
    assert translator.translate("declared", "Home visits") == expected
