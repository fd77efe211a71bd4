"""The Settings menu (issue 15): users and roles, queues, custom fields, tags, groups and
preferences, in one window of pages. `install(window)` enables the menu entries."""

from __future__ import annotations

from functools import partial

from desktop_crm.errors import PermissionDenied
from desktop_crm.services.access import Permission, current_user, require
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.settings_menu.dialog import SettingsDialog
from desktop_crm.ui.shell import Shell

# Menu entry -> the page it opens.
ENTRIES = {
    "users": "users",
    "custom_fields": "custom_fields",
    "manage_tags": "tags",
    "manage_groups": "groups",
    "preferences": "preferences",
}


class SettingsMenu:
    """Opens one Settings window per main window and brings the asked page forward."""

    def __init__(self, window: Shell) -> None:
        self.window = window
        self.dialog: SettingsDialog | None = None

    def open(self, key: str) -> SettingsDialog:
        window = self.window
        if self.dialog is None:
            self.dialog = SettingsDialog(
                window.database,
                window.login,
                changed=self._changed,
                page_size=window.client_list.model.page_size or 0,
                on_page_size=lambda size: window.client_list.set_page_size(size or None),
                parent=window,
            )
            self.dialog.finished.connect(self._closed)
        if key not in self.dialog.pages:  # a manager chose an admin's entry
            self._refuse()
        self.dialog.show_page(key)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _refuse(self) -> None:
        """Say why, in the words of the service that would refuse."""
        try:
            with self.window.database.session() as session:
                require(current_user(session, self.window.login), Permission.ADMIN)
        except PermissionDenied as exc:
            show_error(self.window, exc)

    def _changed(self) -> None:
        self.window.client_list.reload_choices()
        self.window.client_list.refresh()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def install(window: Shell) -> None:
    menu = SettingsMenu(window)
    for entry, page in ENTRIES.items():
        window.provide(entry, partial(menu.open, page))


__all__ = ["SettingsDialog", "SettingsMenu", "install"]
