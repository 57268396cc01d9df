"""What the Reports screen's charts draw, summed from the report tables (over
districts): attendance per month, assistance value per type."""

from __future__ import annotations

from collections import defaultdict

from fieldkit.reports.figures import Table

HEADS = ("girls", "boys", "women", "men")


def attendance_by_month(sessions: Table) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """Months in order, and per head group (its column label) the attendance each month."""
    labels = {c.key: c.label for c in sessions.columns}
    totals: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(HEADS, 0.0))
    for row in sessions.as_dicts():
        for head in HEADS:
            totals[row["month"]][head] += float(row[head] or 0)
    months = sorted(totals)
    return months, [(labels[h], [totals[m][h] for m in months]) for h in HEADS]


def assistance_by_type(assistance: Table) -> tuple[list[str], list[float]]:
    """Type labels (as declared, untranslated) by value delivered, largest first."""
    value: dict[str, float] = defaultdict(float)
    for row in assistance.as_dicts():
        value[row["type_label"]] += float(row["value_azn"] or 0)
    ordered = sorted(value.items(), key=lambda kv: -kv[1])
    return [k for k, _v in ordered], [v for _k, v in ordered]
