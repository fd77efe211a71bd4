"""Every `CrmError` in the user's language.

`error_message(error)` translates the English sentence of the error's code (registered, and
marked for the translation tools, in `desktop_crm.error_codes`) and fills it with the params.
A param whose English value comes from a closed set (a field's label, a permission, a deal's
status...) is worded here, from the key that travels with it (see desktop_crm/errors.py).
tests/ui/test_error_words.py fails for a code or a word without a Russian translation.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_crm.connection_loss import lost_connection_error
from desktop_crm.errors import CODES, CrmError, ValidationError
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "Errors"
T = TypeVar("T")

# -- the words of closed sets, by the key that travels with the English word ----------------
FIELD_WORDS = {  # ValidationError.field -> the `label` param
    "full_name": QT_TRANSLATE_NOOP("Errors", "The full name"),
    "last_name": QT_TRANSLATE_NOOP("Errors", "The last name"),
    "first_name": QT_TRANSLATE_NOOP("Errors", "The first name"),
    "middle_name": QT_TRANSLATE_NOOP("Errors", "The middle name"),
    "address": QT_TRANSLATE_NOOP("Errors", "The address"),
    "website": QT_TRANSLATE_NOOP("Errors", "The website"),
    "position": QT_TRANSLATE_NOOP("Errors", "The position"),
    "topic": QT_TRANSLATE_NOOP("Errors", "The topic"),
    "description": QT_TRANSLATE_NOOP("Errors", "The description"),
    "activity": QT_TRANSLATE_NOOP("Errors", "Activity"),
    "stage": QT_TRANSLATE_NOOP("Errors", "Stage"),
    "date": QT_TRANSLATE_NOOP("Errors", "Deal date"),
    "activity_date": QT_TRANSLATE_NOOP("Errors", "Activity date"),
    "expected_revenue": QT_TRANSLATE_NOOP("Errors", "Expected revenue"),
}
PERMISSION_WORDS = {  # `permission` -> the `action` param
    "edit_clients": QT_TRANSLATE_NOOP("Errors", "edit clients"),
    "import": QT_TRANSLATE_NOOP("Errors", "import clients"),
    "export": QT_TRANSLATE_NOOP("Errors", "export clients"),
    "delete_clients": QT_TRANSLATE_NOOP("Errors", "delete clients"),
    "control": QT_TRANSLATE_NOOP("Errors", "run control wizards"),
    "admin": QT_TRANSLATE_NOOP("Errors", "administer users, roles, fields and settings"),
}
RECORD_WORDS = {  # `record` and `name` -> the `what` param of a conflict
    "client": QT_TRANSLATE_NOOP("Errors", "the card of {name}"),
    "contact_person": QT_TRANSLATE_NOOP("Errors", "the contact person {name}"),
}
STATUS_WORDS = {  # a deal's or an import's `status`
    "open": QT_TRANSLATE_NOOP("Errors", "open"),
    "won": QT_TRANSLATE_NOOP("Errors", "won"),
    "lost": QT_TRANSLATE_NOOP("Errors", "lost"),
    "running": QT_TRANSLATE_NOOP("Errors", "running"),
    "failed": QT_TRANSLATE_NOOP("Errors", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "cancelled"),
    "dry_run": QT_TRANSLATE_NOOP("Errors", "a check only"),
}
KIND_WORDS = {  # the `kind` of a contact point
    "phone": QT_TRANSLATE_NOOP("Errors", "phone"),
    "email": QT_TRANSLATE_NOOP("Errors", "email"),
}
SOURCE_WORDS = {  # the `source` of an import that is not a file
    "pasted text": QT_TRANSLATE_NOOP("Errors", "pasted text"),
    "standard input": QT_TRANSLATE_NOOP("Errors", "standard input"),
}
MAPPING_REASON_WORDS = {  # the `reason` of an unusable mapping
    "no_fields": QT_TRANSLATE_NOOP("Errors", "no matched fields"),
    "missing_required": QT_TRANSLATE_NOOP("Errors", "a required field is missing"),
}
BYTES = QT_TRANSLATE_NOOP("Errors", "{count} bytes")
ERRNO_WORDS = {  # `errno` -> the `reason` param (the system's English text)
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
}


def _word(words: Mapping[Any, str], key: object, english: T) -> str | T:
    """The word for `key` in the user's language, or `english` when `key` has none."""
    return QCoreApplication.translate(CONTEXT, words[key]) if key in words else english


def _byte_size(size: int) -> str:
    """25.3 MB, 1 MB (no ".0"), in the locale's numbers and units."""
    scale = next((s for s in (1024**3, 1024**2, 1024) if size >= s), 1)
    precision = 0 if round(size / scale, 1).is_integer() else 1
    return QLocale().formattedDataSize(
        size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def _bytes(size: int) -> str:
    return QCoreApplication.translate(CONTEXT, BYTES).format(count=QLocale().toString(size))


def worded_params(error: CrmError) -> dict[str, object]:
    """The error's params with the words of closed sets in the user's language."""
    params = dict(error.params)
    if isinstance(error, ValidationError) and "label" in params:
        params["label"] = _word(FIELD_WORDS, error.field, params["label"])
    if "permission" in params:
        params["action"] = _word(PERMISSION_WORDS, params["permission"], params.get("action"))
    if params.get("record") in RECORD_WORDS:
        params["what"] = _word(RECORD_WORDS, params["record"], "").format(name=params["name"])
    if "status" in params:
        params["status"] = _word(STATUS_WORDS, params["status"], params["status"])
    if "kind" in params:
        params["kind"] = _word(KIND_WORDS, params["kind"], params["kind"])
    if "source" in params:
        params["source"] = _word(SOURCE_WORDS, params["source"], params["source"])
    if "errno" in params:
        params["reason"] = _word(ERRNO_WORDS, params["errno"], params.get("reason"))
    elif error.code.startswith("import.mapping_unusable"):
        params["reason"] = _word(MAPPING_REASON_WORDS, params.get("reason"), params.get("reason"))
    size, limit = params.get("value"), params.get("limit_bytes")
    if isinstance(size, int) and isinstance(limit, int):  # a file too big to attach
        params["size"], params["limit"] = _byte_size(size), _byte_size(limit)
        if params["size"] == params["limit"]:  # "1 MB is over 1 MB" would puzzle anyone
            params["size"], params["limit"] = _bytes(size), _bytes(limit)
    if error.cause is not None:
        params["cause"] = error_message(error.cause)
    return params


def error_message(error: CrmError) -> str:
    """The error as a sentence in the user's language: its code's English sentence (marked
    for translation where the codes are registered, `desktop_crm.error_codes`), translated and
    filled with the worded params."""
    code = CODES.get(error.code)
    if code is None:  # not registered: the English sentence it came with
        return error.message
    return QCoreApplication.translate(CONTEXT, code.english).format(**worded_params(error))


def failure_text(exc: Exception) -> str:
    """A failure in one sentence: a user error or a server that cannot be reached worded,
    anything else its first line."""
    if isinstance(exc, CrmError):
        return error_message(exc)
    if (lost := lost_connection_error(exc)) is not None:
        return error_message(lost)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


__all__ = ["error_message", "failure_text", "worded_params"]
