"""The main window as its features see it.

A feature folder of `ui/` plugs itself in through `install(window: Shell)`: it enables its menu
entries with `provide` and reaches the client list, the tabs and the status bar through the
names below. `MainWindow` is the one implementation; features never import it, so the window
can list them (`features.FEATURES`) without a circle of imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.ui.clients.list_widget import ClientListWidget
from desktop_crm.ui.workers import Operation


class Shell(QMainWindow):
    """What a feature may use of the main window."""

    database: Database
    login: str
    user: User
    client_list: ClientListWidget
    tabs: QTabWidget
    operation: Operation[Any] | None  # the last background job a menu entry started

    def provide(self, key: str, handler: Callable[[], object]) -> None:
        """Enable the menu entry `key` (keys in `menus.MENUS`) and run `handler` on it."""
        raise NotImplementedError

    def open_client_card(self, client_id: int) -> QWidget:
        """Open the card of `client_id` in a tab, or bring its open tab forward."""
        raise NotImplementedError

    def update_client_count(self, *, fresh: bool = True) -> None:
        """Recount the clients shown in the status bar."""
        raise NotImplementedError

    def load_features(self) -> None:
        """Install every feature now (they install on first use or after the first paint)."""
        raise NotImplementedError

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        """A passing message in the status bar."""
        raise NotImplementedError
