"""The words of the client list's columns and stored codes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_crm.services.client_rows import CUSTOM_PREFIX, ListColumn

# The English of client_rows.COLUMNS and of stored codes, marked for the translation tools.
_LABELS = (
    QT_TRANSLATE_NOOP("ClientColumns", "Name"),
    QT_TRANSLATE_NOOP("ClientColumns", "Phone"),
    QT_TRANSLATE_NOOP("ClientColumns", "Email"),
    QT_TRANSLATE_NOOP("ClientColumns", "Company"),
    QT_TRANSLATE_NOOP("ClientColumns", "Stage"),
    QT_TRANSLATE_NOOP("ClientColumns", "Tags"),
    QT_TRANSLATE_NOOP("ClientColumns", "Responsible"),
    QT_TRANSLATE_NOOP("ClientColumns", "Group"),
    QT_TRANSLATE_NOOP("ClientColumns", "Kind"),
    QT_TRANSLATE_NOOP("ClientColumns", "Queue"),
    QT_TRANSLATE_NOOP("ClientColumns", "Position"),
    QT_TRANSLATE_NOOP("ClientColumns", "Birth date"),
    QT_TRANSLATE_NOOP("ClientColumns", "Address"),
    QT_TRANSLATE_NOOP("ClientColumns", "Website"),
    QT_TRANSLATE_NOOP("ClientColumns", "Created"),
    QT_TRANSLATE_NOOP("ClientColumns", "Changed"),
)
STAGE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("ClientColumns", "Lead"),
    "client": QT_TRANSLATE_NOOP("ClientColumns", "Client"),
}
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("ClientColumns", "Person"),
    "company": QT_TRANSLATE_NOOP("ClientColumns", "Company"),
}


def column_label(column: ListColumn) -> str:
    if column.key.startswith(CUSTOM_PREFIX):
        return column.label  # the admin's own words
    return QCoreApplication.translate("ClientColumns", column.label)
