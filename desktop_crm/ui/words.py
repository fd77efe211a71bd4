"""The window's words for what the Qt-free layers hand up in English or as codes: card field
labels, list columns, stages and kinds, history field names, feed statuses, import reasons,
modes, job statuses and custom field types.

Each is marked here for the translation tools under its context and translated when shown, so a
Russian or Polish user reads "Дата рождения" wherever a birth date is named. The English of the
card fields is `desktop_crm/fields.py`'s (a test keeps the two alike); a custom field keeps the
label its admin gave it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop_crm.fields import FieldSpec, custom_field_key
from desktop_crm.models.imports import ADD, ADD_UPDATE, UPDATE
from desktop_crm.services.changelog import CREATED, DELETED
from desktop_crm.services.client_rows import ListColumn
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP


def _translate(context: str, words: Mapping[str, str], code: str | None) -> str:
    """The word for `code` in the user's language; the code itself when it has none."""
    word = words.get(code or "")
    return QCoreApplication.translate(context, word) if word else (code or "")


# -- card fields -------------------------------------------------------------------------------
FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Person or company"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Stage"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Fields", "Middle name (patronymic)"),
    "phones": QT_TRANSLATE_NOOP("Fields", "Phones"),
    "emails": QT_TRANSLATE_NOOP("Fields", "Emails"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "group": QT_TRANSLATE_NOOP("Fields", "Group"),
    "manager": QT_TRANSLATE_NOOP("Fields", "Main manager"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "deal.topic": QT_TRANSLATE_NOOP("Fields", "Interest: topic"),
    "deal.date": QT_TRANSLATE_NOOP("Fields", "Interest: date"),
    "deal.expected_revenue": QT_TRANSLATE_NOOP("Fields", "Interest: expected revenue"),
    "deal.description": QT_TRANSLATE_NOOP("Fields", "Interest: description"),
    "deal.activity": QT_TRANSLATE_NOOP("Fields", "Interest: planned activity"),
    "deal.activity_date": QT_TRANSLATE_NOOP("Fields", "Interest: activity date"),
}


def field_label(key: str, catalog: Mapping[str, FieldSpec] | None = None) -> str:
    """A field's label: a card field's translated, a custom field's as its admin wrote it."""
    if key in FIELD_LABELS:
        return QCoreApplication.translate("Fields", FIELD_LABELS[key])
    if catalog and key in catalog:
        return catalog[key].label
    return custom_field_key(key) or key


# -- the client list ---------------------------------------------------------------------------
# The list's own columns (services.client_rows.COLUMNS); its card-field columns are FIELD_LABELS.
COLUMN_LABELS = {
    "name": QT_TRANSLATE_NOOP("ClientColumns", "Name"),
    "phone": QT_TRANSLATE_NOOP("ClientColumns", "Phone"),
    "email": QT_TRANSLATE_NOOP("ClientColumns", "Email"),
    "responsible": QT_TRANSLATE_NOOP("ClientColumns", "Responsible"),
    "kind": QT_TRANSLATE_NOOP("ClientColumns", "Kind"),
    "queue": QT_TRANSLATE_NOOP("ClientColumns", "Queue"),
    "created_at": QT_TRANSLATE_NOOP("ClientColumns", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("ClientColumns", "Changed"),
}
STAGE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("ClientColumns", "Lead"),
    "client": QT_TRANSLATE_NOOP("ClientColumns", "Client"),
}
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("ClientColumns", "Person"),
    "company": QT_TRANSLATE_NOOP("ClientColumns", "Company"),
}


def column_label(column: ListColumn) -> str:
    if column.key in COLUMN_LABELS:
        return QCoreApplication.translate("ClientColumns", COLUMN_LABELS[column.key])
    if column.key in FIELD_LABELS:
        return field_label(column.key)
    return column.label  # a custom field's: the admin's own words


def stage_word(stage: str | None) -> str:
    """ "Lead", "Client" for a stored stage."""
    return _translate("ClientColumns", STAGE_LABELS, stage)


def kind_word(kind: str | None) -> str:
    """ "Person", "Company" for a stored kind."""
    return _translate("ClientColumns", KIND_LABELS, kind)


# -- the card's history and feed ---------------------------------------------------------------
# The history's names of its own (services.changelog.FIELD_LABELS); the rest are card fields,
# and "responsible" is the card's main manager.
HISTORY_LABELS = {
    CREATED: QT_TRANSLATE_NOOP("History", "Created"),
    DELETED: QT_TRANSLATE_NOOP("History", "Deleted"),
    "queue": QT_TRANSLATE_NOOP("History", "Queue"),
    "deal.client": QT_TRANSLATE_NOOP("History", "Deal client"),
    "import_undo": QT_TRANSLATE_NOOP("History", "Import undo"),
    "bulk_edit": QT_TRANSLATE_NOOP("History", "Bulk edit"),
    "merged": QT_TRANSLATE_NOOP("History", "Merged with"),
    "merge_undone": QT_TRANSLATE_NOOP("History", "Merge undone"),
}
YES_NO = {
    "yes": QT_TRANSLATE_NOOP("History", "yes"),
    "no": QT_TRANSLATE_NOOP("History", "no"),
}
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Feed", "open"),
    "done": QT_TRANSLATE_NOOP("Feed", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Feed", "cancelled"),
    "won": QT_TRANSLATE_NOOP("Feed", "won"),
    "lost": QT_TRANSLATE_NOOP("Feed", "lost"),
}


def change_field(field: str, english: str) -> str:
    """A changed field's name: translated for the card's own fields, `english` (the service's
    label, a custom field's own) otherwise."""
    if field in FIELD_LABELS:
        return field_label(field)
    if field == "responsible":
        return field_label("manager")
    if field in HISTORY_LABELS:
        return QCoreApplication.translate("History", HISTORY_LABELS[field])
    return english


def yes_no_word(value: str) -> str | None:
    """The history's "yes"/"no" in the user's language; None for any other value."""
    word = YES_NO.get(value)
    return QCoreApplication.translate("History", word) if word else None


def status_word(status: str | None) -> str:
    """A task's or a deal's status: open, done, won..."""
    return _translate("Feed", STATUS_WORDS, status)


# -- the import --------------------------------------------------------------------------------
REASON_WORDS = {
    "not_unique": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "a client with this phone, email or name exists already (or earlier in the file)",
    ),
    "wrong_format": QT_TRANSLATE_NOOP("ImportReasons", "a value has the wrong format"),
    "no_phones_column": QT_TRANSLATE_NOOP("ImportReasons", "the phone cell is empty"),
    "no_fields": QT_TRANSLATE_NOOP("ImportReasons", "no value in any matched column"),
    "missing_required": QT_TRANSLATE_NOOP("ImportReasons", "no name, phone or email"),
    "not_found": QT_TRANSLATE_NOOP("ImportReasons", "no such client to update"),
    "empty_row": QT_TRANSLATE_NOOP("ImportReasons", "the row is empty"),
    "unchanged": QT_TRANSLATE_NOOP("ImportReasons", "the client has these values already"),
}


# Why an import's undo kept a client (the engine's `undo_work.KEPT_REASONS`, same English).
KEPT_WORDS = {
    "edited": QT_TRANSLATE_NOOP("ImportReasons", "its card was changed after the import"),
    "contact_persons": QT_TRANSLATE_NOOP("ImportReasons", "contact persons were added to it"),
    "employees": QT_TRANSLATE_NOOP("ImportReasons", "clients that stay are attached to it"),
    "notes": QT_TRANSLATE_NOOP("ImportReasons", "notes were written on it"),
    "files": QT_TRANSLATE_NOOP("ImportReasons", "files were attached to it"),
    "deals": QT_TRANSLATE_NOOP(
        "ImportReasons", "it has deals made after the import, or the import's deal was worked on"
    ),
    "tasks": QT_TRANSLATE_NOOP("ImportReasons", "it is in a task"),
    "interactions": QT_TRANSLATE_NOOP("ImportReasons", "calls or emails are linked to it"),
}


def kept_words(code: str) -> str:
    """Why an undo kept a client, in the user's language."""
    return _translate("ImportReasons", KEPT_WORDS, code)


def reason_words(code: str | None) -> str:
    """Why a row failed or was skipped; a reason without a word in the engine's English."""
    if not code:
        return ""
    if code in REASON_WORDS:
        return QCoreApplication.translate("ImportReasons", REASON_WORDS[code])
    # the import engine is heavy and the first screen never shows a reason
    from desktop_crm.wizards.importing import describe_reason

    return describe_reason(code)


MODE_NAMES = {
    ADD: QT_TRANSLATE_NOOP("ImportWizard", "Add"),
    UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    ADD_UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "Add + Update"),
}
MODE_SENTENCES = {
    ADD: QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Only create clients; a row whose client exists already fails as not unique.",
    ),
    UPDATE: QT_TRANSLATE_NOOP(
        "ImportWizard",
        "Only update clients found by the duplicate search; other rows fail as not found.",
    ),
    ADD_UPDATE: QT_TRANSLATE_NOOP(
        "ImportWizard", "Update the clients that are found and create the others."
    ),
}
STATUS_NAMES = {
    "done": QT_TRANSLATE_NOOP("ImportWizard", "Done"),
    "undone": QT_TRANSLATE_NOOP("ImportWizard", "Undone"),
    "cancelled": QT_TRANSLATE_NOOP("ImportWizard", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("ImportWizard", "Failed"),
    "running": QT_TRANSLATE_NOOP("ImportWizard", "Running"),
    "dry_run": QT_TRANSLATE_NOOP("ImportWizard", "Checked only"),
}
# The types of a custom field (fields.CUSTOM_TYPES), in the order the dialog offers them.
FIELD_TYPES = {
    "text": QT_TRANSLATE_NOOP("ImportWizard", "text"),
    "number": QT_TRANSLATE_NOOP("ImportWizard", "number"),
    "date": QT_TRANSLATE_NOOP("ImportWizard", "date"),
    "bool": QT_TRANSLATE_NOOP("ImportWizard", "yes/no"),
    "choice": QT_TRANSLATE_NOOP("ImportWizard", "choice from a list"),
}


def mode_name(mode: str) -> str:
    return _translate("ImportWizard", MODE_NAMES, mode)


def mode_sentence(mode: str) -> str:
    return _translate("ImportWizard", MODE_SENTENCES, mode)


def status_name(status: str) -> str:
    """An import job's status: Done, Undone, Checked only..."""
    return _translate("ImportWizard", STATUS_NAMES, status)


def field_type_name(kind: str) -> str:
    return _translate("ImportWizard", FIELD_TYPES, kind)


def role_label(role: str) -> str:
    """A role's name in the user's language (a role an admin made keeps its own name)."""
    labels = {
        "admin": QCoreApplication.translate("UsersPage", "Administrator"),
        "manager": QCoreApplication.translate("UsersPage", "Manager"),
    }
    return labels.get(role, role)
