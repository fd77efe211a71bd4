"""Bulk edits: changes made to many cards at once outside an import (names split by the
full-name check, merges of duplicates), and their undo."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class BulkEditCodes:
    BULK_EDIT_UNKNOWN = code(
        "bulk_edit.unknown", QT_TRANSLATE_NOOP("Errors", "There is no bulk edit #{bulk_edit_id}.")
    )
    BULK_EDIT_UNDONE_ALREADY = code(
        "bulk_edit.undone_already",
        QT_TRANSLATE_NOOP("Errors", "Bulk edit #{bulk_edit_id} has been undone already."),
    )
    BULK_EDIT_NO_UNDO = code(
        "bulk_edit.no_undo",
        QT_TRANSLATE_NOOP("Errors", "Bulk edit #{bulk_edit_id} cannot be undone from here."),
    )
