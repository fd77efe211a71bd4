"""A server that goes away (STO-8): on a PostgreSQL base the window watches its server
(`monitor.ConnectionMonitor`), shows a banner across the top while it does not answer
(`banner.OfflineBanner`) and, when it answers again, hides the banner and reads the list
again. Nothing typed is touched: an open card keeps its edits (a save that fails says so).
A SQLite file does not go away like this: nothing is installed there.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop_crm.errors import CrmError
from desktop_crm.ui.connection.banner import OfflineBanner
from desktop_crm.ui.connection.monitor import ConnectionMonitor
from desktop_crm.ui.shell import Shell


def _place_on_top(window: Shell, banner: OfflineBanner) -> None:
    """The banner above the tabs, inside the central area (not a toolbar: the window saves
    and restores its toolbars' state, and the banner's must come from the server alone)."""
    central = window.takeCentralWidget()
    holder = QWidget(window)
    holder.setObjectName("centralHolder")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(holder)


def _back_online(window: Shell) -> None:
    window.client_list.refresh()  # says so itself when the server went away again
    with contextlib.suppress(CrmError, SQLAlchemyError):  # the monitor noticed that too
        window.update_client_count()


def install(window: Shell) -> None:
    if window.database.dialect == "sqlite":
        return
    monitor = ConnectionMonitor(window.database.engine, window)
    banner = OfflineBanner(window)
    _place_on_top(window, banner)
    monitor.lost.connect(banner.went_offline)
    monitor.tried.connect(lambda: banner.tried(monitor.last_try))
    monitor.restored.connect(banner.back_online)
    monitor.restored.connect(lambda: _back_online(window))
    banner.retryRequested.connect(monitor.retry_now)


__all__ = ["ConnectionMonitor", "OfflineBanner", "install"]
