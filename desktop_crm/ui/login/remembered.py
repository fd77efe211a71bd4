"""'Remember me': a team base's password in the OS keyring (Windows Credential Manager, macOS
Keychain, Secret Service), never in the settings file. A machine without a usable keyring
simply remembers nothing."""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError

SERVICE = "desktop-crm"


def _key(login: str, server: str) -> str:
    return f"{login}@{server}"


def recall(login: str, server: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(login, server))
    except KeyringError:
        return None


def remember(login: str, server: str, password: str) -> None:
    with contextlib.suppress(KeyringError):  # nothing to store it in: asked next time
        keyring.set_password(SERVICE, _key(login, server), password)


def forget(login: str, server: str) -> None:
    with contextlib.suppress(KeyringError):  # nothing remembered
        keyring.delete_password(SERVICE, _key(login, server))
