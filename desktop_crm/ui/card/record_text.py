"""The card's feed titles and history field names in the user's language.

A feed entry carries facts (kind, subject, amount, status, the changed field) and a history row
the field's English label (`ChangeEntry.field_label`, which the command line prints); the card
words them with tr() and `desktop_crm/ui/words.py`, so a Russian or Polish user reads "Входящий
звонок" and "Телефоны". Custom fields keep the label the admin gave them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop_crm.services import feed as feed_service
from desktop_crm.services.changelog import CREATED, DELETED, HistoryValue
from desktop_crm.services.feed import FeedEntry
from desktop_crm.ui.locale_format import format_amount, format_date, format_decimal, format_size
from desktop_crm.ui.words import change_field, kind_word, stage_word, status_word, yes_no_word


def change_value(field: str, value: HistoryValue) -> str:
    """A value of the history as the user reads it: the stored codes of stage and kind and
    the yes/no of a checkbox in the user's language, dates and numbers as the user's locale
    writes them, "—" for nothing."""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    if value is None or not value.strip():
        return "—"
    if field == "stage":
        return stage_word(value)
    if field == "kind":
        return kind_word(value)
    return yes_no_word(value) or value


def change_text(field: str, old: HistoryValue, new: HistoryValue) -> str:
    return f"{change_value(field, old)} → {change_value(field, new)}"


def import_words(job: int | None, name: str | None, by_undo: bool) -> str:
    """Who made a change an import made: "Import #3 «Price list»", or its undo."""
    if by_undo:
        if name:
            return QCoreApplication.translate("History", "Undo of import #{0} «{1}»").format(
                job, name
            )
        return QCoreApplication.translate("History", "Undo of import #{0}").format(job)
    if name:
        return QCoreApplication.translate("History", "Import #{0} «{1}»").format(job, name)
    return QCoreApplication.translate("History", "Import #{0}").format(job)


def _label(change: FeedEntry) -> str:
    return change_field(change.field or "", change.label or change.field or "")


def feed_text(entry: FeedEntry) -> str | None:
    """The entry's body: the note, message or comment; a change's "before → after"; one line
    "Field: before → after" per change of an import's entry."""
    if entry.changes:
        return "\n".join(
            f"{_label(c)}: {change_text(c.field or '', c.old, c.new)}" for c in entry.changes
        )
    if entry.kind == feed_service.CHANGE and entry.field not in (CREATED, DELETED):
        return change_text(entry.field or "", entry.old, entry.new)
    return entry.text


def _duration(seconds: Decimal) -> str:
    minutes, sec = divmod(int(seconds), 60)
    if minutes:
        return QCoreApplication.translate("Feed", "{0} min {1} s").format(minutes, sec)
    return QCoreApplication.translate("Feed", "{0} s").format(sec)


def _import_title(entry: FeedEntry) -> str:
    """ "Updated by import #3: Phones, Address" (or undone), each field named once."""
    fields = ", ".join(dict.fromkeys(_label(c) for c in entry.changes))
    if entry.by_undo:
        return QCoreApplication.translate("Feed", "Import #{0} undone: {1}").format(
            entry.import_job, fields
        )
    return QCoreApplication.translate("Feed", "Updated by import #{0}: {1}").format(
        entry.import_job, fields
    )


def _change_title(entry: FeedEntry) -> str:
    """The title of a change: of the card, of a contact person, or an import's changes."""
    if entry.changes:
        return _import_title(entry)
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
    label = change_field(entry.field or "", entry.label or entry.field or "")
    if entry.person:
        return QCoreApplication.translate("Feed", "{0}: {1} changed").format(entry.person, label)
    return QCoreApplication.translate("Feed", "{0} changed").format(label)


def _task_title(entry: FeedEntry) -> str:
    """ "Task: Call back (open, due 03.05.2024, overdue) — for Maria Manager"."""
    details = status_word(entry.status)
    if entry.due is not None:
        details = QCoreApplication.translate("Feed", "{0}, due {1}").format(
            details, format_date(entry.due)
        )
        if entry.status == "open" and entry.due < date.today():
            details = QCoreApplication.translate("Feed", "{0}, overdue").format(details)
    title = QCoreApplication.translate("Feed", "Task: {0} ({1})").format(
        entry.subject or "", details
    )
    if entry.executor:
        title = QCoreApplication.translate("Feed", "{0} — for {1}").format(title, entry.executor)
    return title


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
        if entry.status == "missed":
            title += ", " + QCoreApplication.translate("Feed", "missed")
        elif entry.number:
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
        return _task_title(entry)
    if kind == feed_service.DEAL:
        details = status_word(entry.status)
        if entry.number is not None:
            details += ", " + format_amount(entry.number)
        return QCoreApplication.translate("Feed", "Deal: {0} ({1})").format(
            entry.subject or "", details
        )
    if kind == feed_service.FILE:
        name = entry.subject or ""
        if entry.number is not None:
            return QCoreApplication.translate("Feed", "File: {0} ({1})").format(
                name, format_size(int(entry.number))
            )
        return QCoreApplication.translate("Feed", "File: {0}").format(name)
    return _change_title(entry)
