"""The merge window's words for the rows of a comparison (services/merging/compare.py): card
fields as the card names them, the counts in words of this window, custom fields as their admin
named them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP
from desktop_crm.ui.words import FIELD_LABELS, field_label, kind_word, stage_word

CONTEXT = "MergeDialog"
ROW_LABELS = {
    "queue": QT_TRANSLATE_NOOP("MergeDialog", "Queue"),
    "count.notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "count.deals": QT_TRANSLATE_NOOP("MergeDialog", "Deals"),
    "count.files": QT_TRANSLATE_NOOP("MergeDialog", "Files"),
    "count.persons": QT_TRANSLATE_NOOP("MergeDialog", "Contact persons"),
    "count.interactions": QT_TRANSLATE_NOOP("MergeDialog", "Calls and emails"),
    "count.tasks": QT_TRANSLATE_NOOP("MergeDialog", "Tasks"),
}
BY_WORDS = {
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "phone"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "email"),
    "name": QT_TRANSLATE_NOOP("MergeDialog", "name"),
}


def row_label(key: str, english: str) -> str:
    """A comparison row's label in the user's language."""
    if key in ROW_LABELS:
        return QCoreApplication.translate(CONTEXT, ROW_LABELS[key])
    if key in FIELD_LABELS:
        return field_label(key)
    return english  # a custom field's own label


def by_word(by: str) -> str:
    """ "phone", "email", "name": what a group of duplicates shares."""
    word = BY_WORDS.get(by)
    return QCoreApplication.translate(CONTEXT, word) if word else by


def shown(key: str, value: str) -> str:
    """A compared value as the window shows it: a card's kind and stage in words."""
    if value and key == "kind":
        return kind_word(value)
    if value and key == "stage":
        return stage_word(value)
    return value
