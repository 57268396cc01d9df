"""Exchange with HQ: the workbook format, export and import under the sync contract.

``export_workbook(db, path)`` writes the workbook; ``preview(db, paths)`` says
what an import would do without writing; ``import_workbooks(db, paths)`` applies
it, all or nothing. Results are plain data; nothing here prints.
"""

from __future__ import annotations

from fieldkit.sync.workbook.importer import import_workbooks, preview
from fieldkit.sync.workbook.result import ConflictInfo, ImportResult, Reject, TypeCounts
from fieldkit.sync.workbook.writer import ExportResult, export_workbook, last_export

__all__ = [
    "ConflictInfo",
    "ExportResult",
    "ImportResult",
    "Reject",
    "TypeCounts",
    "export_workbook",
    "import_workbooks",
    "last_export",
    "preview",
]
