"""Page 5 of the import wizard: the import itself (IMP-14).

It runs on a worker thread in one transaction (`ui/workers.run_operation`): the window keeps
answering, the page shows rows done of the total, rows per second and the time left, and
Cancel rolls the whole import back and says so. When the import is done the wizard moves on
to the results by itself.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_crm.errors import CrmError
from desktop_crm.services.access import current_user
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import show_crash
from desktop_crm.ui.importing.common import (
    Dialogs,
    ImportState,
    message_label,
    number,
    show_message,
)
from desktop_crm.ui.importing.speed import Speed
from desktop_crm.ui.words import mode_name
from desktop_crm.ui.workers import Operation, run_operation
from desktop_crm.wizards.importing import ImportResult, run_import


class RunPage(QWizardPage):
    """Signals: `imported(int)` with the job id once an import is committed; `stopped()` when
    a run ended without importing (cancelled or failed)."""

    imported = Signal(int)
    stopped = Signal()

    def __init__(self, state: ImportState, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPage")
        self.state = state
        self.dialogs = dialogs
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("The import is one unit of work: if it is cancelled, nothing is kept.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Results >"))
        self.operation: Operation[ImportResult] | None = None
        self._speed = Speed()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("runSummary")
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("runProgress")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("runProgressText")
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = QPushButton(self.tr("&Start again"))
        self.again_button.setObjectName("runAgain")
        self.again_button.clicked.connect(self.start)
        self.again_button.hide()
        self.status_label = message_label("runStatus")
        self.error_label = message_label("runError", error=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.start()

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def start(self) -> None:
        state = self.state
        source = state.source
        if source is None or self.running:
            return
        state.result = None
        settings, mapping = state.settings, state.mapping
        overrides = copy.deepcopy(state.overrides)
        login = state.login
        total = source.info.estimated_rows
        self.summary_label.setText(
            self.tr("Importing {0} (rows: {1}) as {2}, mode {3}.").format(
                source.info.name,
                number(total) if total is not None else "?",
                self.tr("leads") if settings.stage == "lead" else self.tr("clients"),
                mode_name(settings.mode),
            )
        )
        self.progress.setRange(0, total or 0)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))
        show_message(self.status_label, None)
        show_message(self.error_label, None)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.again_button.hide()
        self._speed = Speed()

        def op(session, progress, cancelled) -> ImportResult:  # type: ignore[no-untyped-def]
            return run_import(
                session,
                current_user(session, login),
                source,
                settings,
                mapping,
                progress=progress,
                cancelled=cancelled,
                overrides=overrides,
            )

        self.operation = run_operation(
            self,
            state.database,
            op,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
        )
        self.operation.progressed.connect(self._progressed)
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Stop the import; the worker rolls everything back at its next batch."""
        if not self.running:
            return
        assert self.operation is not None
        self.operation.cancel()
        self.cancel_button.setEnabled(False)
        show_message(self.status_label, self.tr("Cancelling: rolling back what was imported…"))

    def _progressed(self, done: int, total: int) -> None:
        if total >= 0:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))
        self.progress_label.setText(self._speed.describe(done, total if total >= 0 else None))

    def _succeeded(self, result: ImportResult) -> None:
        self.state.result = result
        self.progress.setRange(0, max(result.rows, 1))
        self.progress.setValue(result.rows)
        self.progress_label.setText(
            self.tr("Rows imported: {0} in {1:.1f} s").format(number(result.rows), result.seconds)
        )
        self.cancel_button.hide()
        self.completeChanged.emit()
        if result.job_id is not None:
            self.imported.emit(result.job_id)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _ended(self, text: str, error: bool) -> None:
        self.progress_label.setText("")
        self.progress.setValue(0)
        self.cancel_button.hide()
        self.again_button.show()
        show_message(self.status_label, None if error else text)
        show_message(self.error_label, text if error else None)
        self.completeChanged.emit()
        self.stopped.emit()

    def _cancelled(self) -> None:
        self._ended(self.tr("The import was cancelled. Nothing was changed in the base."), False)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CrmError):
            text = self.tr("The import stopped: {0}").format(error_message(exc))
        else:
            text = self.tr("The import stopped because of an error inside desktop-crm.")
            show_crash(self, exc)
        unchanged = self.tr("Nothing was changed in the base.")
        self._ended(f"{text} {unchanged}", True)

    def isComplete(self) -> bool:
        return self.state.result is not None and not self.running
