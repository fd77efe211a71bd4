"""Duplicates and merging (CTL-8): the "Duplicates in the base…" window of the Control menu
(`ctl_duplicates`) and the merge dialog, which the client list also opens for its selected
rows. Plugged into the main window by `install(window)` (`features.FEATURES`)."""

from __future__ import annotations

from desktop_crm.services.access import Permission
from desktop_crm.ui.gate import allowed, bring_forward
from desktop_crm.ui.merge.dialog import MergeDialog, open_merge_dialog
from desktop_crm.ui.merge.duplicates_window import DuplicatesWindow
from desktop_crm.ui.shell import Shell


class Duplicates:
    """One duplicates window per main window, brought forward when asked again."""

    def __init__(self, window: Shell) -> None:
        self.window = window
        self.duplicates: DuplicatesWindow | None = None

    def open_duplicates(self) -> DuplicatesWindow | None:
        window = self.window
        if not allowed(window, Permission.CONTROL):
            return None
        if self.duplicates is None:
            self.duplicates = DuplicatesWindow(window.database, window.login, window)
            self.duplicates.merged.connect(self.merged)
        bring_forward(self.duplicates)
        return self.duplicates

    def merged(self, message: str) -> None:
        """The base changed: the list, the count and the open cards of merged clients."""
        lst = self.window.client_list
        lst.refresh()
        lst.clientsChanged.emit()
        self.window.show_status(message)


def install(window: Shell) -> None:
    duplicates = Duplicates(window)
    window.provide("ctl_duplicates", duplicates.open_duplicates)


__all__ = ["DuplicatesWindow", "MergeDialog", "install", "open_merge_dialog"]
