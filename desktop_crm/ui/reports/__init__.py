"""Reports: the execution discipline report (Control and Reports menus, `ctl_discipline`),
plugged into the main window by `install(window)` (`main_window.FEATURES`)."""

from __future__ import annotations

from desktop_crm.errors import PermissionDenied
from desktop_crm.services.access import Permission, current_user, require
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.reports.window import DisciplineWindow
from desktop_crm.ui.shell import Shell


class Reports:
    """One report window per main window, brought forward when asked again."""

    def __init__(self, window: Shell) -> None:
        self.window = window
        self.discipline: DisciplineWindow | None = None

    def open_discipline(self) -> DisciplineWindow | None:
        window = self.window
        try:
            with window.database.session() as session:
                require(current_user(session, window.login), Permission.CONTROL)
        except PermissionDenied as exc:
            show_error(window, exc)
            return None
        if self.discipline is None:
            self.discipline = DisciplineWindow(window.database, window.login, window)
            self.discipline.refresh()
        self.discipline.show()
        self.discipline.raise_()
        self.discipline.activateWindow()
        return self.discipline


def install(window: Shell) -> None:
    reports = Reports(window)
    window.provide("ctl_discipline", reports.open_discipline)
