"""How one record is named to a person: its declared title fields, shown as
the lists show them (choices by label, references by their own title)."""

from __future__ import annotations

from typing import Any

from fieldkit import query, records
from fieldkit.declare import Kind
from fieldkit.storage.database import Database
from ui.records.model import display


def record_title(db: Database, type_name: str, record: dict[str, Any]) -> str:
    """E.g. "Beekeeping (Səbinə İsmayılova (1984))" for livelihood assistance."""
    rtype = records.get(type_name)
    parts = []
    for name in rtype.title_fields:
        spec, value = rtype.field(name), record.get(name)
        if value in (None, ""):
            continue
        titles = query.titles(db, spec.ref, [value]) if spec.kind is Kind.REF and spec.ref else {}
        parts.append(display(spec, value, titles))
    if not parts:
        return ""
    first, *rest = parts
    return f"{first} ({', '.join(rest)})" if rest else first
