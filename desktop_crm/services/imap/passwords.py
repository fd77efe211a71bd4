"""Mail passwords in the OS keyring (`keyring`: the Windows Credential Manager, the macOS
Keychain, the Secret Service), never in settings.json. Tests and CI pick a file backend through
`PYTHON_KEYRING_BACKEND` or `keyring.set_keyring`."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop_crm.errors import Code, CrmError

SERVICE = "desktop-crm mail"


def _unavailable(exc: KeyringError) -> CrmError:
    return CrmError(Code.IMAP_KEYRING_UNAVAILABLE, detail=str(exc) or type(exc).__name__)


def store_password(account: str, password: str) -> None:
    try:
        keyring.set_password(SERVICE, account, password)
    except KeyringError as exc:
        raise CrmError(
            Code.IMAP_KEYRING_UNAVAILABLE, detail=str(exc) or type(exc).__name__
        ) from exc


def password_of(account: str) -> str:
    """The password kept for `account`; a `CrmError` when there is none or no keyring."""
    try:
        password = keyring.get_password(SERVICE, account)
    except KeyringError as exc:
        raise CrmError(
            Code.IMAP_KEYRING_UNAVAILABLE, detail=str(exc) or type(exc).__name__
        ) from exc
    if password is None:
        raise CrmError(Code.IMAP_NO_PASSWORD, name=account)
    return password


def forget_password(account: str) -> None:
    """Delete the password kept for `account`; none kept is no error."""
    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise _unavailable(exc) from exc
