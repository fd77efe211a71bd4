"""Window state in QSettings (organization and application "desktop-crm").

The settings are an INI file in the application's config directory, not the registry, so the
`DESKTOP_CRM_HOME` switch (development, tests) keeps window state away from a real profile too.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_crm import APP_NAME
from desktop_crm.config import config_dir

ORGANIZATION = APP_NAME


def app_settings() -> QSettings:
    """The settings store for window geometry, list columns and similar UI state."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config_dir()))
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def user_key(login: str, key: str) -> str:
    """A settings key kept per user: two people sharing a computer keep their own columns."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in login) or "_"
    return f"users/{safe}/{key}"


# The card's tabs, by the key a user's preference names them with.
CARD_TABS = ("feed", "people", "files", "deals", "history")


def card_default_tab(login: str) -> str:
    """The tab a card opens on for this user (Settings › Preferences); "feed" unless chosen."""
    value = app_settings().value(user_key(login, "card/default_tab"), "feed")
    return value if isinstance(value, str) and value in CARD_TABS else "feed"


def set_card_default_tab(login: str, tab: str) -> None:
    settings = app_settings()
    settings.setValue(user_key(login, "card/default_tab"), tab if tab in CARD_TABS else "feed")
    settings.sync()
