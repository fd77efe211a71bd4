"""Errors a user can cause. Each carries a sentence fit for a person.

The UI shows `CrmError` messages in a dialog, the CLI prints them and exits with status 2.
Anything that is not a `CrmError` is a bug and gets a crash report instead.
"""


class CrmError(Exception):
    """An error caused by the user's input or environment, with a human message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseError(CrmError):
    """The database cannot be opened, reached or upgraded."""


class PermissionDenied(CrmError):
    """The current user's role does not allow this action."""


class NotFound(CrmError):
    """A record the user referred to does not exist (any more)."""


class ValidationError(CrmError):
    """A value does not fit its field (bad phone, bad email, bad date...)."""

    def __init__(self, message: str, field: str | None = None, value: object = None) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class ConflictError(CrmError):
    """Someone else saved the same record after it was loaded (optimistic locking)."""

    def __init__(self, message: str, changed_by: str | None = None) -> None:
        super().__init__(message)
        self.changed_by = changed_by


class ImportFileError(CrmError):
    """An import file cannot be read: wrong format, corrupt, empty, hostile."""


class ImportSettingsError(CrmError):
    """Import settings are wrong: malformed phone rule, unknown field, missing mapping."""
