"""The window's words mark every card field of `desktop_crm/fields.py` with its very English, so
the translation tools carry each label once, and every code the engines hand up has a word."""

from __future__ import annotations

from desktop_crm.fields import CUSTOM_TYPES, FIELDS, custom_key
from desktop_crm.services.changelog import FIELD_LABELS as HISTORY
from desktop_crm.services.client_rows import COLUMNS
from desktop_crm.ui import words
from desktop_crm.wizards.importing.outcomes import REASONS
from desktop_crm.wizards.importing.settings import MODES


def test_every_card_field_is_marked_with_its_declared_label() -> None:
    assert {key: spec.label for key, spec in FIELDS.items()} == words.FIELD_LABELS


def test_every_code_has_its_word() -> None:
    assert set(words.REASON_WORDS) == set(REASONS)
    assert words.REASON_WORDS == REASONS  # the dialog's English is the engine's
    assert set(words.MODE_NAMES) == set(words.MODE_SENTENCES) == set(MODES)
    assert tuple(words.FIELD_TYPES) == CUSTOM_TYPES
    for column in COLUMNS:
        english = words.COLUMN_LABELS.get(column.key) or words.FIELD_LABELS[column.key]
        assert english == column.label
    assert set(HISTORY) <= set(words.FIELD_LABELS) | set(words.HISTORY_LABELS) | {"responsible"}


def test_a_custom_field_keeps_its_admins_label(qapp: object) -> None:
    assert words.field_label("birth_date") == "Birth date"
    assert words.field_label(custom_key("source")) == "source"
    assert words.change_field(custom_key("source"), "Lead source") == "Lead source"
    assert words.status_name("dry_run") == "Checked only"
    assert words.status_name("something new") == "something new"
