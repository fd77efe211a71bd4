"""Reports: the execution discipline report (Control and Reports menus, `ctl_discipline`),
plugged into the main window by `install(window)` (`features.FEATURES`)."""

from __future__ import annotations

from desktop_crm.services.access import Permission
from desktop_crm.ui.gate import allowed, bring_forward
from desktop_crm.ui.reports.window import DisciplineWindow
from desktop_crm.ui.shell import Shell


class Reports:
    """One report window per main window, brought forward when asked again."""

    def __init__(self, window: Shell) -> None:
        self.window = window
        self.discipline: DisciplineWindow | None = None

    def open_discipline(self) -> DisciplineWindow | None:
        window = self.window
        if not allowed(window, Permission.CONTROL):
            return None
        if self.discipline is None:
            self.discipline = DisciplineWindow(window.database, window.login, window)
            self.discipline.refresh()
        bring_forward(self.discipline)
        return self.discipline


def install(window: Shell) -> None:
    reports = Reports(window)
    window.provide("ctl_discipline", reports.open_discipline)
