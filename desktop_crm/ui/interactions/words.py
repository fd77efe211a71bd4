"""How calls and emails are worded in the journal and the reading dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

CONTEXT = "Interactions"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_word(kind: str) -> str:
    return tr("Call") if kind == "call" else tr("Email")


def direction_word(direction: str) -> str:
    return tr("Incoming") if direction == "in" else tr("Outgoing")


def role_word(role: str) -> str:
    return {"from": tr("From"), "to": tr("To"), "cc": tr("Cc")}.get(role, role)


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


def local_text(at: datetime) -> str:
    """A stored (naive UTC) time as the user's local DD.MM.YYYY HH:MM."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


def link_word(method: str | None, ambiguous: bool) -> str:
    if method is None:
        return tr("not linked")
    word = tr("by hand") if method == "manual" else tr("automatically")
    return word + (" " + tr("(several cards matched)") if ambiguous else "")


def size_text(size: object) -> str:
    try:
        value = int(str(size))
    except ValueError:
        return ""
    if value < 1024:
        return tr("%1 bytes").replace("%1", str(value))
    return tr("%1 KB").replace("%1", f"{value / 1024:.0f}")
