"""The control wizard's words for what the engines hand up as keys: the checks' names and
descriptions, the contact kinds, what a record lacks, call and email kinds and directions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop_crm.services.completeness import CUSTOM_PREFIX, FIELD_PREFIX
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP
from desktop_crm.ui.words import field_label
from desktop_crm.wizards.control.choices import CheckableField
from desktop_crm.wizards.control.properties import CHECKABLE_FIELDS

CONTEXT = "ControlWords"

CHECK_NAMES = {
    "contact_info": QT_TRANSLATE_NOOP("ControlWords", "Contact info completeness"),
    "properties": QT_TRANSLATE_NOOP("ControlWords", "Properties completeness"),
    "registration": QT_TRANSLATE_NOOP("ControlWords", "Registration of calls and emails"),
    "names": QT_TRANSLATE_NOOP("ControlWords", "Full-name control"),
    "duplicates": QT_TRANSLATE_NOOP("ControlWords", "Duplicates in the base"),
}
CHECK_DESCRIPTIONS = {
    "contact_info": QT_TRANSLATE_NOOP(
        "ControlWords",
        "Clients and contact persons without a phone, an email, an address or a website.",
    ),
    "properties": QT_TRANSLATE_NOOP(
        "ControlWords", "Clients whose chosen card fields or custom fields are empty."
    ),
    "registration": QT_TRANSLATE_NOOP(
        "ControlWords",
        "Calls and emails with no client or contact person; each goes back to who noted it.",
    ),
    "names": QT_TRANSLATE_NOOP(
        "ControlWords",
        "Clients and contact persons whose last, first and middle names are empty: the sure "
        "splits are applied in one step, the doubtful ones become tasks.",
    ),
    "duplicates": QT_TRANSLATE_NOOP(
        "ControlWords",
        "Cards that share a phone, an email or a full name: merge them here, or give the "
        "groups out as tasks.",
    ),
}
CONTACT_KINDS = {
    "phone": QT_TRANSLATE_NOOP("ControlWords", "phone"),
    "email": QT_TRANSLATE_NOOP("ControlWords", "email"),
    "address": QT_TRANSLATE_NOOP("ControlWords", "address"),
    "website": QT_TRANSLATE_NOOP("ControlWords", "website"),
}
OTHER_MISSING = {
    "client": QT_TRANSLATE_NOOP("ControlWords", "client or contact person"),
    "names": QT_TRANSLATE_NOOP("ControlWords", "last, first and middle name"),
    "duplicate": QT_TRANSLATE_NOOP("ControlWords", "merge with its duplicates"),
}
INTERACTIONS = {
    ("call", "in"): QT_TRANSLATE_NOOP("ControlWords", "Incoming call"),
    ("call", "out"): QT_TRANSLATE_NOOP("ControlWords", "Outgoing call"),
    ("email", "in"): QT_TRANSLATE_NOOP("ControlWords", "Incoming email"),
    ("email", "out"): QT_TRANSLATE_NOOP("ControlWords", "Outgoing email"),
}
_COLUMN_KEYS = {column: key for key, column in CHECKABLE_FIELDS.items()}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def check_name(kind: str) -> str:
    return tr(CHECK_NAMES.get(kind, kind))


def kind_word(kind: str) -> str:
    return tr(CONTACT_KINDS.get(kind, kind))


def interaction_word(kind: str, direction: str) -> str:
    word = INTERACTIONS.get((kind, direction))
    return tr(word) if word else kind


def field_word(item: CheckableField) -> str:
    """A checkable field's label: a card field's translated, a custom field's as named."""
    return field_label(item.card_key) if item.card_key else item.label


def missing_words(missing: str, custom_labels: dict[str, str]) -> str:
    """What a record lacks, in words: "phone, email", "Address, INN"."""
    return ", ".join(_missing_word(key, custom_labels) for key in _keys(missing))


def _keys(missing: str) -> Iterable[str]:
    return (key for key in missing.split(",") if key)


def _missing_word(key: str, custom_labels: dict[str, str]) -> str:
    if key in CONTACT_KINDS:
        return kind_word(key)
    if key in OTHER_MISSING:
        return tr(OTHER_MISSING[key])
    if key.startswith(FIELD_PREFIX):
        card_key = _COLUMN_KEYS.get(key.removeprefix(FIELD_PREFIX), "")
        return field_label(card_key) if card_key else key
    if key.startswith(CUSTOM_PREFIX):
        return custom_labels.get(key, key)
    return key
