"""The card's feed titles and history field names in the user's language.

A feed entry carries facts (kind, subject, amount, status, the changed field) and a history row
the field's English label (`ChangeEntry.field_label`, which the command line prints); the card
words them with tr(), so a Russian or Polish user reads "Входящий звонок" and "Телефоны". Custom
fields keep the label the admin gave them.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_crm.services import feed as feed_service
from desktop_crm.services.changelog import CREATED, DELETED
from desktop_crm.services.feed import FeedEntry, money_text
from desktop_crm.ui.clients.column_labels import KIND_LABELS, STAGE_LABELS

# The keys of services.changelog.FIELD_LABELS, with their English, marked for translation.
FIELD_NAMES = {
    CREATED: QT_TRANSLATE_NOOP("History", "Created"),
    DELETED: QT_TRANSLATE_NOOP("History", "Deleted"),
    "kind": QT_TRANSLATE_NOOP("History", "Kind"),
    "stage": QT_TRANSLATE_NOOP("History", "Stage"),
    "full_name": QT_TRANSLATE_NOOP("History", "Full name"),
    "last_name": QT_TRANSLATE_NOOP("History", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("History", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("History", "Middle name"),
    "birth_date": QT_TRANSLATE_NOOP("History", "Birth date"),
    "address": QT_TRANSLATE_NOOP("History", "Address"),
    "website": QT_TRANSLATE_NOOP("History", "Website"),
    "position": QT_TRANSLATE_NOOP("History", "Position"),
    "group": QT_TRANSLATE_NOOP("History", "Group"),
    "responsible": QT_TRANSLATE_NOOP("History", "Responsible manager"),
    "queue": QT_TRANSLATE_NOOP("History", "Queue"),
    "company": QT_TRANSLATE_NOOP("History", "Company"),
    "phones": QT_TRANSLATE_NOOP("History", "Phones"),
    "emails": QT_TRANSLATE_NOOP("History", "Emails"),
    "tags": QT_TRANSLATE_NOOP("History", "Tags"),
    "note": QT_TRANSLATE_NOOP("History", "Note"),
    "deal.client": QT_TRANSLATE_NOOP("History", "Deal client"),
}

STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Feed", "open"),
    "done": QT_TRANSLATE_NOOP("Feed", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Feed", "cancelled"),
    "won": QT_TRANSLATE_NOOP("Feed", "won"),
    "lost": QT_TRANSLATE_NOOP("Feed", "lost"),
}


def field_name(field: str, english: str) -> str:
    """A changed field's name: translated for the card's own fields, `english` (the service's
    label, a custom field's own) otherwise."""
    known = FIELD_NAMES.get(field)
    return QCoreApplication.translate("History", known) if known else english


YES_NO = {
    "yes": QT_TRANSLATE_NOOP("History", "yes"),
    "no": QT_TRANSLATE_NOOP("History", "no"),
}


def change_value(field: str, value: str | None) -> str:
    """A value of the history as the user reads it: the stored codes of stage and kind and
    the yes/no of a checkbox in the user's language, "—" for nothing."""
    if value is None or not value.strip():
        return "—"
    if field == "stage" and value in STAGE_LABELS:
        return QCoreApplication.translate("ClientColumns", STAGE_LABELS[value])
    if field == "kind" and value in KIND_LABELS:
        return QCoreApplication.translate("ClientColumns", KIND_LABELS[value])
    if value in YES_NO:
        return QCoreApplication.translate("History", YES_NO[value])
    return value


def change_text(field: str, old: str | None, new: str | None) -> str:
    return f"{change_value(field, old)} → {change_value(field, new)}"


def feed_text(entry: FeedEntry) -> str | None:
    """The entry's body: the note, message or comment; a change's "before → after"."""
    if entry.kind == feed_service.CHANGE and entry.field not in (CREATED, DELETED):
        return change_text(entry.field or "", entry.old, entry.new)
    return entry.text


def size_words(size: int) -> str:
    """A file size as a person reads it: 512 bytes, 34 KB, 25.3 MB."""
    if size < 1024:
        return QCoreApplication.translate("Feed", "{0} bytes").format(size)
    for scale, unit in (
        (1024**3, QCoreApplication.translate("Feed", "{0} GB")),
        (1024**2, QCoreApplication.translate("Feed", "{0} MB")),
        (1024, QCoreApplication.translate("Feed", "{0} KB")),
    ):
        if size >= scale:
            return unit.format(f"{size / scale:.1f}".removesuffix(".0"))
    return str(size)  # pragma: no cover - the loop always returns


def _duration(seconds: Decimal) -> str:
    minutes, sec = divmod(int(seconds), 60)
    if minutes:
        return QCoreApplication.translate("Feed", "{0} min {1} s").format(minutes, sec)
    return QCoreApplication.translate("Feed", "{0} s").format(sec)


def _status(status: str | None) -> str:
    word = STATUS_WORDS.get(status or "")
    return QCoreApplication.translate("Feed", word) if word else (status or "")


def feed_title(entry: FeedEntry) -> str:
    """The entry's bold first line in the user's language."""
    kind = entry.kind
    if kind == feed_service.NOTE:
        return QCoreApplication.translate("Feed", "Note")
    if kind == feed_service.CALL:
        title = (
            QCoreApplication.translate("Feed", "Incoming call")
            if entry.direction == "in"
            else QCoreApplication.translate("Feed", "Outgoing call")
        )
        if entry.number:
            title += ", " + _duration(entry.number)
        return f"{title}: {entry.subject}" if entry.subject else title
    if kind == feed_service.EMAIL:
        title = (
            QCoreApplication.translate("Feed", "Incoming email")
            if entry.direction == "in"
            else QCoreApplication.translate("Feed", "Outgoing email")
        )
        subject = entry.subject or QCoreApplication.translate("Feed", "(no subject)")
        return f"{title}: {subject}"
    if kind == feed_service.TASK:
        details = _status(entry.status)
        if entry.due is not None:
            details = QCoreApplication.translate("Feed", "{0}, due {1}").format(
                details, entry.due.strftime("%d.%m.%Y")
            )
        return QCoreApplication.translate("Feed", "Task: {0} ({1})").format(
            entry.subject or "", details
        )
    if kind == feed_service.DEAL:
        details = _status(entry.status)
        if entry.number is not None:
            details += ", " + money_text(entry.number)
        return QCoreApplication.translate("Feed", "Deal: {0} ({1})").format(
            entry.subject or "", details
        )
    if kind == feed_service.FILE:
        name = entry.subject or ""
        if entry.number is not None:
            return QCoreApplication.translate("Feed", "File: {0} ({1})").format(
                name, size_words(int(entry.number))
            )
        return QCoreApplication.translate("Feed", "File: {0}").format(name)
    if entry.field == CREATED:
        if entry.person:
            return QCoreApplication.translate("Feed", "Contact person {0} added").format(
                entry.person
            )
        return QCoreApplication.translate("Feed", "Card created")
    if entry.field == DELETED:
        return QCoreApplication.translate("Feed", "Contact person {0} removed").format(
            entry.person or ""
        )
    label = field_name(entry.field or "", entry.label or entry.field or "")
    if entry.person:
        return QCoreApplication.translate("Feed", "{0}: {1} changed").format(entry.person, label)
    return QCoreApplication.translate("Feed", "{0} changed").format(label)
