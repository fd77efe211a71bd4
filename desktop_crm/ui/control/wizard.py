"""The control wizard (issue 11, item 5): one QWizard flow for every check. Check -> what to
look for and in which clients -> the run and its results -> who gets the tasks -> the tasks
created. The pages drive the Qt-free engines (`wizards/control`: checks, runner); the work
runs on workers, so the window never waits.

Signals: `openClientRequested(int)` (a result's card), `tasksCreated()`,
`openTasksRequested()` ("Open My tasks")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop_crm.db import Database
from desktop_crm.services.access import Permission, current_user, require
from desktop_crm.ui.control.choose_pages import CheckPage, WhatPage
from desktop_crm.ui.control.created_page import CreatedPage
from desktop_crm.ui.control.distribution_page import DistributionPage
from desktop_crm.ui.control.results_page import ResultsPage
from desktop_crm.ui.control.state import CONTACT_INFO, ControlState
from desktop_crm.wizards.control.choices import wizard_choices

CHECK, WHAT, RESULTS, DISTRIBUTION, CREATED = range(5)
SIZE = (900, 560)  # fits a 1024x600 screen with the window's frame


class ControlWizard(QWizard):
    openClientRequested = Signal(int)
    tasksCreated = Signal()
    openTasksRequested = Signal()

    def __init__(
        self,
        database: Database,
        login: str,
        kind: str = CONTACT_INFO,
        parent: QWidget | None = None,
        *,
        tasks_available: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("controlWizard")
        self.setWindowTitle(self.tr("Control wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        for option in (
            QWizard.WizardOption.NoBackButtonOnStartPage,
            QWizard.WizardOption.NoBackButtonOnLastPage,
            QWizard.WizardOption.NoCancelButtonOnLastPage,
        ):
            self.setOption(option, True)
        with database.session() as session:
            actor = current_user(session, login)
            require(actor, Permission.CONTROL)  # a manager is told before anything opens
            self.state = ControlState(database, login, wizard_choices(session), actor.id)
        self.check_page = CheckPage(self.state)
        self.what_page = WhatPage(self.state)
        self.results_page = ResultsPage(self.state)
        self.distribution_page = DistributionPage(self.state)
        self.created_page = CreatedPage(self.state, tasks_available)
        for page_id, page in (
            (CHECK, self.check_page),
            (WHAT, self.what_page),
            (RESULTS, self.results_page),
            (DISTRIBUTION, self.distribution_page),
            (CREATED, self.created_page),
        ):
            self.setPage(page_id, page)
        self.check_page.choose(kind)
        self.setStartId(CHECK)
        self.results_page.openClientRequested.connect(self.openClientRequested)
        self.distribution_page.created.connect(self.tasksCreated)
        self.created_page.openTasksRequested.connect(self.openTasksRequested)
        self.resize(*SIZE)
