"""What a call log's direction and status columns say, in Russian, English and Polish, as PBX
exports write them ("Входящий", "outbound", "Nieodebrane", "NO ANSWER", "Пропущенный")."""

from __future__ import annotations

import re

from desktop_crm.errors import InvalidValue
from desktop_crm.values import parse_bool
from desktop_crm.wizards.calls.common import IN, OUT

_IN = ("in", "вход", "вх", "przych", "incom", "inbound", "received", "пропущ", "missed")
_OUT = ("out", "исх", "wych", "outgo", "outbound", "dialed", "made")
# Status words of a call nobody took, then of a call somebody took; checked in this order,
# since "не отвечен" holds "отвечен" and "nieodebrane" holds "odebrane".
_MISSED = (
    "no answer", "noanswer", "not answered", "unanswered", "missed", "busy", "fail",
    "cancel", "congest", "не ", "нет", "пропущ", "занят", "отмен", "ошиб", "недозв", "сброш",
    "nie", "zajęt", "zajet", "odrzuc", "anulow", "błąd", "blad",
)  # fmt: skip
_ANSWERED = (
    "answer", "ответ", "отвеч", "принят", "успеш", "соединен", "разговор", "odebr", "połączon",
    "polaczon", "complete", "success", "connected",
)  # fmt: skip
_FOLD = re.compile(r"[^\w ]+")


def _folded(text: str) -> str:
    return " ".join(_FOLD.sub(" ", text.casefold().replace("ё", "е")).split())


def direction_word(text: str) -> str | None:
    """in, out, or None when the cell does not say."""
    folded = _folded(text)
    if not folded:
        return None
    if folded.startswith(_OUT):
        return OUT
    if folded.startswith(_IN):
        return IN
    return None


def missed_word(text: str) -> bool | None:
    """True for a missed call, False for an answered one, None when the cell does not say."""
    folded = _folded(text)
    if not folded:
        return None
    spaced = f" {folded} "  # stems match at a word's start: "не отвечен", not "соединение"
    if any(" " + word in spaced for word in _MISSED):
        return True
    if any(" " + word in spaced for word in _ANSWERED):
        return False
    try:
        return not parse_bool(folded)
    except InvalidValue:
        return None


def missed_in_direction(text: str) -> bool:
    """A direction cell that says the call was missed ("Пропущенный", "missed")."""
    folded = _folded(text)
    return folded.startswith(("пропущ", "missed", "nieodebr"))
