"""The task windows' words for what the services hand up as codes: a task's kind and what an
item lacks (`services/completeness.py` keys), in the user's language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from desktop_crm.services.completeness import CUSTOM_PREFIX, FIELD_PREFIX, custom_field_id
from desktop_crm.services.tasks import ItemRow
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP
from desktop_crm.ui.words import field_label

CONTEXT = "Tasks"

KIND_WORDS = {
    "manual": QT_TRANSLATE_NOOP("Tasks", "Manual"),
    "contact_info": QT_TRANSLATE_NOOP("Tasks", "Contact info"),
    "registration": QT_TRANSLATE_NOOP("Tasks", "Registration"),
    "properties": QT_TRANSLATE_NOOP("Tasks", "Properties"),
    "names": QT_TRANSLATE_NOOP("Tasks", "Full names"),
    "duplicates": QT_TRANSLATE_NOOP("Tasks", "Duplicates"),
}
# The titles the control checks give their tasks (wizards/control, cli/control), translated
# when shown; a title an admin or a manager wrote stays as written.
CHECK_TITLES = (
    QT_TRANSLATE_NOOP("Tasks", "Contact info"),
    QT_TRANSLATE_NOOP("Tasks", "Registration"),
    QT_TRANSLATE_NOOP("Tasks", "Properties"),
    QT_TRANSLATE_NOOP("Tasks", "Full-name control"),
    QT_TRANSLATE_NOOP("Tasks", "Duplicates in the base"),
)
MISSING_WORDS = {
    "phone": QT_TRANSLATE_NOOP("Tasks", "phone"),
    "email": QT_TRANSLATE_NOOP("Tasks", "email"),
    "address": QT_TRANSLATE_NOOP("Tasks", "address"),
    "website": QT_TRANSLATE_NOOP("Tasks", "website"),
    "client": QT_TRANSLATE_NOOP("Tasks", "client or contact person"),
    "names": QT_TRANSLATE_NOOP("Tasks", "last, first and middle name"),
    "duplicate": QT_TRANSLATE_NOOP("Tasks", "merge with its duplicate"),
}


def kind_word(kind: str) -> str:
    word = KIND_WORDS.get(kind)
    return QCoreApplication.translate(CONTEXT, word) if word else kind


def task_title(title: str, kind: str) -> str:
    """A task's title as shown: a control check's own title in the user's language."""
    if kind != "manual" and title in CHECK_TITLES:
        return QCoreApplication.translate(CONTEXT, title)
    return title


def missing_text(keys: Iterable[str], custom_labels: Mapping[int, str]) -> str:
    """What an item lacks, e.g. "phone, email"; card fields by their translated label, custom
    fields by their admin's."""
    return ", ".join(_word(key, custom_labels) for key in keys)


def missing_with_proposal(row: ItemRow, custom_labels: Mapping[int, str]) -> str:
    """What an item lacks; for a full name, with the split the check proposed."""
    text = missing_text(row.missing, custom_labels)
    if row.proposed:
        parts = " ".join(row.proposed)
        text = QCoreApplication.translate("Tasks", "{0} (proposed: {1})").format(text, parts)
    return text


def _word(key: str, custom_labels: Mapping[int, str]) -> str:
    if key.startswith(FIELD_PREFIX):
        return field_label(key.removeprefix(FIELD_PREFIX))
    if key.startswith(CUSTOM_PREFIX):
        return custom_labels.get(custom_field_id(key), key)
    word = MISSING_WORDS.get(key)
    return QCoreApplication.translate(CONTEXT, word) if word else key


def tab_title(title: str, percent: int) -> str:
    """ "Contact info (done 40%)"."""
    return QCoreApplication.translate("Tasks", "{0} (done {1}%)").format(title, percent)


def item_name(row: ItemRow) -> str:
    """The row's `name`, with a call's or email's time in the user's time zone and locale."""
    if row.person_name or row.client_name or not row.interaction_kind:
        return row.name
    when = local_time(row.interaction_at) if row.interaction_at else ""
    return " ".join(p for p in (row.interaction_kind, when, row.interaction_subject) if p)
