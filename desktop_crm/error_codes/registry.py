"""The registry of error codes: each has a stable key and one English sentence, a `str.format`
template over the error's params. The CLI prints the sentence; the window translates it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorCode:
    """A registered code and its English sentence."""

    key: str
    english: str


CODES: dict[str, ErrorCode] = {}


def code(key: str, english: str) -> ErrorCode:
    if key in CODES:
        raise ValueError(f"error code {key!r} is registered twice")
    CODES[key] = registered = ErrorCode(key, english)
    return registered


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a sentence for Qt's translation tools, which read these modules as they read the
    window's (`update_translations.py`); the window translates it in `context`. Qt-free."""
    return text
