"""How a sender is named to a person, and how its key fingerprint is shown.

A laptop exported from before its profile was filled in (the command line, an
older fieldkit) names itself by its 36-character device id; people recognise a
short one better, said to be a laptop without a name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

SHORT_ID = 8


def sender_name(name: str | None, device_id: str | None) -> str:
    """The name a sender gave itself, or "Unnamed laptop 1a2b3c4d"."""
    name = (name or "").strip()
    if name and name != device_id:
        return name
    if not device_id:
        return name
    text = QCoreApplication.translate("sender", "Unnamed laptop %1")
    return text.replace("%1", device_id[:SHORT_ID])


def fingerprint_font(base: QFont) -> QFont:
    """A key fingerprint as a person reads it aloud to compare: large and
    fixed-width, so that each group of four stands apart."""
    font = QFont(base)
    font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * 2.2)
    font.setBold(True)
    return font
