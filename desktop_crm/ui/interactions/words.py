"""How calls and emails are worded in the journal and the reading dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop_crm.ui.locale_format import format_datetime, format_size


def kind_word(kind: str) -> str:
    return (
        QCoreApplication.translate("Interactions", "Call")
        if kind == "call"
        else QCoreApplication.translate("Interactions", "Email")
    )


def direction_word(direction: str) -> str:
    return (
        QCoreApplication.translate("Interactions", "Incoming")
        if direction == "in"
        else QCoreApplication.translate("Interactions", "Outgoing")
    )


def role_word(role: str) -> str:
    return {
        "from": QCoreApplication.translate("Interactions", "From"),
        "to": QCoreApplication.translate("Interactions", "To"),
        "cc": QCoreApplication.translate("Interactions", "Cc"),
    }.get(role, role)


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def local_text(at: datetime) -> str:
    """A stored (naive UTC) time as the user's local date and time, in the locale's way."""
    return format_datetime(at.replace(tzinfo=UTC).astimezone())


def link_word(method: str | None, ambiguous: bool) -> str:
    if method is None:
        return QCoreApplication.translate("Interactions", "not linked")
    word = (
        QCoreApplication.translate("Interactions", "by hand")
        if method == "manual"
        else QCoreApplication.translate("Interactions", "automatically")
    )
    return word + (
        " " + QCoreApplication.translate("Interactions", "(several cards matched)")
        if ambiguous
        else ""
    )


def size_text(size: object) -> str:
    try:
        value = int(str(size))
    except ValueError:
        return ""
    return format_size(value)
