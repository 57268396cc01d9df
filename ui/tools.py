"""The screens after the record lists (Due, Sync, Reports, …), each made the
first time it is shown or asked for.

Start-up is a feature: the window opens on the first record list, and these
screens' modules (the exchange code and openpyxl behind Sync, the charts of
Reports, the matching of Likely duplicates) are imported and built only when a
person goes there. Until then each tab holds an empty slot the screen fills, in a scroll area.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.bus import Context
from ui.screen import Screen

# name -> (module, class, tab title to translate in the "MainWindow" context)
SCREENS: dict[str, tuple[str, str, str]] = {
    "due": ("ui.records.due", "DueScreen", str(QT_TRANSLATE_NOOP("MainWindow", "Due"))),
    "sync": ("ui.sync.page", "SyncPage", str(QT_TRANSLATE_NOOP("MainWindow", "Sync"))),
    "reports": (
        "ui.reports.page",
        "ReportsPage",
        str(QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ),
    "conflicts": (
        "ui.review.conflicts",
        "ConflictsPage",
        str(QT_TRANSLATE_NOOP("MainWindow", "Conflicts")),
    ),
    "duplicates": (
        "ui.review.duplicates",
        "DuplicatesPage",
        str(QT_TRANSLATE_NOOP("MainWindow", "Likely duplicates")),
    ),
    "keys": ("ui.sync.keys_screen", "KeysPage", str(QT_TRANSLATE_NOOP("MainWindow", "Keys"))),
}


class ToolScreens(Mapping[str, Screen]):
    """name -> screen, in tab order; ``tools[name]`` makes the screen if need be."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.made: dict[str, Screen] = {}
        self.slots: dict[str, QWidget] = {}
        self.layouts: dict[str, QVBoxLayout] = {}
        for name in SCREENS:
            slot = QWidget()
            layout = QVBoxLayout(slot)
            layout.setContentsMargins(0, 0, 0, 0)
            self.slots[name], self.layouts[name] = slot, layout

    def __getitem__(self, name: str) -> Screen:
        screen = self.made.get(name)
        if screen is None:
            module, cls, _title = SCREENS[name]
            screen = getattr(importlib.import_module(module), cls)(self.ctx)
            assert isinstance(screen, Screen)
            # Taller than the window (the Sync screen at 125 % scaling): it scrolls
            # up and down, rather than pushing the status bar off the screen.
            scroll = QScrollArea()
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setWidget(screen)
            self.layouts[name].addWidget(scroll)
            screen.show()  # drawn, and read, once its tab is the one shown
            self.made[name] = screen
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(SCREENS)

    def __len__(self) -> int:
        return len(SCREENS)

    def in_slot(self, slot: QWidget) -> Screen | None:
        """The screen a tab's slot holds (made now), or None for another widget."""
        name = next((n for n, s in self.slots.items() if s is slot), None)
        return self[name] if name is not None else None
