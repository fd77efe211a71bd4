"""Who gets the tasks: each record's responsible manager (the users picked take the records
with none) or evenly across the users picked or a user group; due and control dates, an
optional project, and a Preview of the count per executor, computed by the runner on a worker
and creating nothing. Next is "Create tasks": the tasks are written on a worker.

Signals: `created()` once the tasks are written."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWizard, QWizardPage
from sqlalchemy.orm import Session

from desktop_crm.errors import CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.ui.control.distribution_form import DistributionForm
from desktop_crm.ui.control.state import ControlState
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation, run_query
from desktop_crm.wizards.control import runner
from desktop_crm.wizards.control.task_maker import MadeTask

PREVIEW_DELAY_MS = 150  # a burst of clicks makes one preview
DEFAULT_DAYS = 7


class DistributionPage(QWizardPage):
    created = Signal()

    def __init__(self, state: ControlState) -> None:
        super().__init__()
        self.state = state
        self.form = DistributionForm(state, self)
        self.form.due.set_date(date.today() + timedelta(days=DEFAULT_DAYS))
        self.form.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.preview: list[MadeTask] | None = None
        self.preview_operation: Operation[Any] | None = None
        self.create_operation: Operation[Any] | None = None
        self.made = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create tasks"))
        self.setCommitPage(True)  # no way Back once the tasks are there

    def initializePage(self) -> None:
        self.setTitle(self.tr("Who gets the tasks"))
        self.setSubTitle(self.tr("One task per executor, with one row per record found."))
        self.form.set_check(self.state.kind)
        self.made = False
        self._changed()

    def _changed(self) -> None:
        self.preview = None
        self.form.show_preview(None, self.form.reason())
        self.completeChanged.emit()
        if self.form.reason() is None:
            self._timer.start()

    def refresh_preview(self) -> None:
        """Count per executor for the choices made (a worker; nothing is written)."""
        run, login = self.state.run, self.state.login
        if run is None or self.form.reason() is not None:
            return
        how, dates = self.form.distribution(), self.form.dates()

        def work(session: Session, progress: Progress, cancelled: Cancelled) -> list[MadeTask]:
            return runner.preview(session, current_user(session, login), run, how, dates)

        def shown(made: list[MadeTask]) -> None:
            if self.form.distribution() == how and self.form.dates() == dates:
                self.preview = made
                self.form.show_preview(made, None)
                self.completeChanged.emit()

        def refused(error: BaseException) -> None:
            if not isinstance(error, CrmError):
                show_exception(self, error)
                return
            self.form.show_preview(None, error_message(error))

        self.preview_operation = run_query(
            self, self.state.database, work, on_success=shown, on_failure=refused
        )

    def isComplete(self) -> bool:
        return self.preview is not None and self.form.reason() is None

    def validatePage(self) -> bool:
        """Create the tasks on a worker; the wizard moves on when they are written."""
        if self.made:
            return True
        if self.create_operation is not None and self.create_operation.running:
            return False
        self._create()
        return False

    def _create(self) -> None:
        run, login = self.state.run, self.state.login
        assert run is not None
        how, dates = self.form.distribution(), self.form.dates()

        def work(session: Session, progress: Progress, cancelled: Cancelled) -> list[MadeTask]:
            progress(0, None)
            return runner.create(session, current_user(session, login), run, how, dates)

        def done(made: list[MadeTask]) -> None:
            self.state.made = made
            self.made = True
            self.created.emit()
            wizard = self.wizard()
            if wizard is not None:
                wizard.next()

        def failed(error: BaseException) -> None:
            self.form.enable(True)
            show_exception(self, error)

        self.form.enable(False)
        self.create_operation = run_operation(
            self,
            self.state.database,
            work,
            on_success=done,
            on_failure=failed,
            on_cancelled=lambda: self.form.enable(True),
            dialog=ProgressDialog(self.tr("Creating tasks"), self.tr("Writing the tasks…")),
        )
