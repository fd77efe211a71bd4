"""Merging duplicate cards and undoing a merge (CTL-8)."""

from __future__ import annotations

from desktop_crm.error_codes.registry import QT_TRANSLATE_NOOP, code


class MergingCodes:
    MERGE_NOTHING = code(
        "merge.nothing",
        QT_TRANSLATE_NOOP("Errors", "Choose at least one other card to merge into #{keep_id}."),
    )
    MERGE_KEEP_IN_OTHERS = code(
        "merge.keep_in_others",
        QT_TRANSLATE_NOOP(
            "Errors", "Client #{keep_id} is the card kept; it cannot be merged into itself."
        ),
    )
    MERGE_FIELD_UNKNOWN = code(
        "merge.field_unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "A merge cannot choose {choice!r}; the fields it chooses are: {fields}."
        ),
    )
    MERGE_CHOICE_OUTSIDE = code(
        "merge.choice_outside",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Client #{client_id}, chosen for {choice!r}, is not one of the cards being merged.",
        ),
    )
    MERGE_UNKNOWN = code(
        "merge.unknown", QT_TRANSLATE_NOOP("Errors", "There is no merge #{bulk_edit_id}.")
    )
    MERGE_UNDONE = code(
        "merge.undone",
        QT_TRANSLATE_NOOP("Errors", "Merge #{bulk_edit_id} has been undone already."),
    )
    MERGE_SURVIVOR_GONE = code(
        "merge.survivor_gone",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Client #{client_id}, the card merge #{bulk_edit_id} kept, has been deleted since; "
            "the merge cannot be undone.",
        ),
    )
