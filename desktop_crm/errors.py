"""Errors a user can cause, each with a stable code and the plain values that fill it in.

A `CrmError` carries `code` (e.g. "client.gone"), `params` (plain values) and `message`, the
English sentence the CLI prints (status 2). The window words the code in the user's language
(`desktop_crm.ui.error_words`). Every code is registered once, in `desktop_crm.error_codes`: a
raise names one of the `Code` attributes, never a string; tests/unit/test_error_codes.py checks
that by scanning the source, and tests/ui/test_error_words.py that each has a Russian wording.

Params whose English value comes from a closed set travel with the key the window words them
by: `label` with the error's `field`, `action` with `permission`, `what` with `record`,
`reason` with `errno`, `source` (a fixed name such as "pasted text"), `status`, `kind`.
Anything that is not a `CrmError` is a bug and gets a crash report instead.
"""

from __future__ import annotations

from desktop_crm.error_codes import CODES, Code, ErrorCode


class CrmError(Exception):
    """An error caused by the user's input or environment: a code, its params and the English
    sentence. `cause` is a user error this one explains further ("Deal date: ..."), filling
    the `{cause}` of the template."""

    message: str

    def __init__(self, code: ErrorCode, /, *, cause: CrmError | None = None, **params: object):
        self.code = code.key
        self.params = params
        self.cause = cause
        fill = params if cause is None else {**params, "cause": cause.message}
        self.message = code.english.format(**fill)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class DatabaseError(CrmError):
    """The database cannot be opened, reached or upgraded."""


class PermissionDenied(CrmError):
    """The current user's role does not allow this action."""


class NotFound(CrmError):
    """A record the user referred to does not exist (any more)."""


class ValidationError(CrmError):
    """A value does not fit its field (bad phone, bad email, bad date...). `field` is the key
    of the field it belongs to, `value` (a param too) what was given."""

    def __init__(
        self,
        code: ErrorCode,
        /,
        *,
        field: str | None = None,
        cause: CrmError | None = None,
        **params: object,
    ) -> None:
        super().__init__(code, cause=cause, **params)
        self.field = field
        self.value = params.get("value")


class ConflictError(CrmError):
    """Someone else saved the same record after it was loaded (optimistic locking)."""

    def __init__(
        self,
        code: ErrorCode,
        /,
        *,
        changed_by: str | None = None,
        cause: CrmError | None = None,
        **params: object,
    ) -> None:
        super().__init__(code, cause=cause, **params)
        self.changed_by = changed_by


class ImportFileError(CrmError):
    """An import file cannot be read: wrong format, corrupt, empty, hostile."""


class ImportSettingsError(CrmError):
    """Import settings are wrong: malformed phone rule, unknown field, missing mapping."""


class InvalidValue(ValidationError, ValueError):
    """A typed or imported value that does not parse (`desktop_crm.values`): a `ValueError`
    for the import, which makes it a failed row's detail, and a coded error the card words in
    the user's language."""


__all__ = [
    "CODES",
    "Code",
    "ConflictError",
    "CrmError",
    "DatabaseError",
    "ErrorCode",
    "ImportFileError",
    "ImportSettingsError",
    "InvalidValue",
    "NotFound",
    "PermissionDenied",
    "ValidationError",
]
