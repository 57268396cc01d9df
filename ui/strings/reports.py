"""The report tables' titles, column labels and notes (``fieldkit.reports``),
listed for pyside6-lupdate; the Reports screen translates them in the "reports"
context (labels that are declared choices come from ``declared_strings``).
``tests/ui/test_reports.py`` checks this list covers every label the core uses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS = [
    QT_TRANSLATE_NOOP("reports", "Total"),  # the first cell of every table's totals row
    QT_TRANSLATE_NOOP("reports", "Mine-risk awareness sessions and attendance"),
    QT_TRANSLATE_NOOP(
        "reports",
        "Headcounts from attendance sheets: a person attending two sessions counts twice.",
    ),
    QT_TRANSLATE_NOOP("reports", "Month"),
    QT_TRANSLATE_NOOP("reports", "District code"),
    QT_TRANSLATE_NOOP("reports", "Sessions"),
    QT_TRANSLATE_NOOP("reports", "Total participants"),
    QT_TRANSLATE_NOOP("reports", "Sessions with hazards reported"),
    QT_TRANSLATE_NOOP("reports", "Home visits by purpose"),
    QT_TRANSLATE_NOOP("reports", "Visits"),
    QT_TRANSLATE_NOOP("reports", "Households visited"),
    QT_TRANSLATE_NOOP("reports", "A follow-up counts as done once the family has a later visit."),
    QT_TRANSLATE_NOOP("reports", "Days overdue"),
    QT_TRANSLATE_NOOP("reports", "Visit id"),
    QT_TRANSLATE_NOOP("reports", "Livelihood assistance delivered, by type"),
    QT_TRANSLATE_NOOP(
        "reports", "Delivered and followed-up assistance only; planned assistance is not counted."
    ),
    QT_TRANSLATE_NOOP("reports", "Type code"),
    QT_TRANSLATE_NOOP("reports", "Deliveries"),
    QT_TRANSLATE_NOOP("reports", "People reached"),
    QT_TRANSLATE_NOOP("reports", "Value (AZN)"),
    QT_TRANSLATE_NOOP("reports", "Deliveries in other currencies (not in value)"),
    QT_TRANSLATE_NOOP("reports", "People reached without double counting (visits and assistance)"),
    QT_TRANSLATE_NOOP(
        "reports", "A family visited three times and given assistance twice counts once."
    ),
    QT_TRANSLATE_NOOP("reports", "People / households reached"),
    QT_TRANSLATE_NOOP("reports", "With disability"),
    QT_TRANSLATE_NOOP("reports", "Household members"),
]
