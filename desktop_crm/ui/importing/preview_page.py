"""Page 4 of the import wizard: the engine's dry run over the whole file (IMP-12 before the run).

The dry run does all the work of an import and keeps nothing (its transaction is rolled back).
It runs on a worker thread with progress in the page and can be stopped; the counts of rows to
create, update, skip and fail (by reason) are shown, and the failing rows are listed with the
cell at fault highlighted. Editing a cell there fixes the row for this import: the row is
checked again at once, and the fix goes into the run.
"""

from __future__ import annotations

import copy
from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from desktop_crm.errors import CrmError
from desktop_crm.models.imports import CREATED, FAILED, SKIPPED, UPDATED
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
from desktop_crm.ui.importing.failures_model import FIRST_CELL, FailuresModel
from desktop_crm.ui.importing.preview_form import (
    PreviewForm,
    build_counts,
    build_failures_view,
    build_progress_row,
)
from desktop_crm.ui.importing.speed import Speed
from desktop_crm.ui.words import reason_words
from desktop_crm.ui.workers import Operation, run_query
from desktop_crm.wizards.importing import ImportResult, run_import
from desktop_crm.wizards.importing.preview import RowCheck, apply_fixes, recheck_rows
from desktop_crm.wizards.importing.sources.base import SourceRow

RECHECK_DELAY_MS = 150


class PreviewPage(PreviewForm):
    def __init__(self, state: ImportState, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.state = state
        self.dialogs = dialogs
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "The whole file is run through the import without changing the base. Fix a "
                "failing row by editing the highlighted cell (double-click or F2)."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.operation: Operation[ImportResult] | None = None
        self.recheck_operation: Operation[list[RowCheck]] | None = None
        self._checked_for: tuple[object, ...] | None = None
        self._error: str | None = None
        self._pending: set[int] = set()
        self._speed = Speed()
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.timeout.connect(self._recheck)
        self._build()

    def _build(self) -> None:
        top = build_progress_row(self)
        self.stop_button.clicked.connect(self.stop)
        self.again_button.clicked.connect(self.start)
        counts = build_counts(self)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("checkReasons")
        self.reasons_label.setWordWrap(True)
        self.error_label = message_label("checkError", error=True)
        self.model = FailuresModel(self.state.overrides, self._columns_of, self)
        self.view = build_failures_view(self.model)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("failedRowsTitle")
        self.current_label = QLabel()
        self.current_label.setObjectName("currentProblem")
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.setWordWrap(True)
        self.model.edited.connect(self._edited)
        self.view.selectionModel().currentChanged.connect(self._show_current)
        self.model.dataChanged.connect(lambda *_args: self._show_current(self.view.currentIndex()))
        self.model.modelReset.connect(lambda: self.current_label.setText(""))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.current_label)

    def _show_current(self, index: QModelIndex) -> None:
        """The problem of the row the cursor is on, in full, whatever column is in sight."""
        if not index.isValid() or index.row() >= len(self.model.entries):
            self.current_label.setText("")
            return
        entry = self.model.entries[index.row()]
        self.current_label.setText(
            self.tr("Row {0}: {1}").format(entry.number, self.model.problem(entry))
        )

    def _columns_of(self, key: str) -> list[int]:
        return self.state.mapping.columns_of(key)

    # -- the dry run --------------------------------------------------------------------------
    def initializePage(self) -> None:
        # the same choices as last time need no second run (a big file takes a while)
        key = self._inputs()
        if key != self._checked_for or self.state.dry_run is None:
            self.start()

    def _inputs(self) -> tuple[object, ...]:
        s = self.state
        return (id(s.source), s.settings, tuple(sorted(s.mapping.columns.items())))

    def start(self) -> None:
        """Run the whole file through the import, keeping nothing."""
        state = self.state
        source = state.source
        if source is None:
            return
        self.stop()
        self._error = None
        self.state.dry_run = None
        self._checked_for = self._inputs()
        database, login = state.database, state.login
        settings, mapping = state.settings, state.mapping
        overrides = copy.deepcopy(state.overrides)

        def op(session, progress, cancelled) -> ImportResult:  # type: ignore[no-untyped-def]
            return run_import(
                session,
                current_user(session, login),
                source,
                settings,
                mapping,
                progress=progress,
                cancelled=cancelled,
                dry_run=True,
                overrides=overrides,
            )

        self._speed = Speed()
        total = source.info.estimated_rows
        self.progress.setRange(0, total or 0)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Checking…"))
        show_message(self.error_label, None)
        self.model.set_failures(state.headers, [])
        self._show_counts(None)
        operation = run_query(
            self,
            database,
            op,
            writes=True,
            on_success=lambda result: self._checked(operation, result),
            on_failure=lambda exc: self._check_failed(operation, exc),
        )
        operation.progressed.connect(self._progressed)
        self.operation = operation
        self._update_buttons()
        self.completeChanged.emit()

    def stop(self) -> None:
        """Stop the check; what was checked so far stays on the page."""
        if self.running:
            assert self.operation is not None
            self.operation.cancel()
            self.progress_label.setText(self.tr("Stopping…"))

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def _progressed(self, done: int, total: int) -> None:
        if total >= 0:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))
        self.progress_label.setText(self._speed.describe(done, total if total >= 0 else None))

    def _checked(self, operation: Operation[ImportResult], result: ImportResult) -> None:
        if operation is not self.operation:
            return
        self.state.dry_run = result
        self.progress.setRange(0, max(result.rows, 1))
        self.progress.setValue(result.rows)
        if result.status == "cancelled":
            self.progress_label.setText(
                self.tr("Stopped; rows checked: {0}. The run imports the whole file.").format(
                    number(result.rows)
                )
            )
        else:
            self.progress_label.setText(
                self.tr("Rows checked: {0} in {1:.1f} s").format(
                    number(result.rows), result.seconds
                )
            )
        self.model.set_failures(self.state.headers, result.failures)
        self._arrange_columns()
        self._show_counts(result)
        self._update_buttons()
        self.completeChanged.emit()

    def _arrange_columns(self) -> None:
        """Only the matched columns of the file, and the first cell at fault in sight."""
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 380)
        matched = self.state.mapping.columns
        for column in range(len(self.state.headers)):
            self.view.setColumnHidden(FIRST_CELL + column, column not in matched)
        if self.model.entries:
            faults = sorted(self.model.fault_columns(self.model.entries[0]))
            index = self.model.index(0, FIRST_CELL + faults[0] if faults else 1)
            self.view.setCurrentIndex(index)  # F2 edits it; the row stays in sight
            self.view.scrollTo(self.model.index(0, 0))

    def _check_failed(self, operation: Operation[ImportResult], exc: BaseException) -> None:
        if operation is not self.operation:
            return
        if isinstance(exc, CrmError):
            self._error = error_message(exc)
        else:
            self._error = self.tr(
                "The check stopped because of an error inside desktop-crm; nothing was changed."
            )
            show_crash(self, exc)
        self.progress_label.setText(self.tr("The file cannot be imported as it is."))
        show_message(self.error_label, self._error)
        self._update_buttons()
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        self.stop_button.setEnabled(self.running)
        self.again_button.setEnabled(not self.running and self.state.source is not None)

    # -- counts ------------------------------------------------------------------------------
    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """Outcomes and failure reasons of the dry run, with the rows fixed since."""
        result = self.state.dry_run
        if result is None:
            return Counter(), Counter()
        outcomes = Counter(
            {CREATED: result.created, UPDATED: result.updated, SKIPPED: result.skipped}
        )
        outcomes[FAILED] = result.failed
        reasons = Counter(result.reasons)
        for entry in self.model.entries:
            if entry.check is None:
                continue
            outcomes[FAILED] -= 1
            reasons[entry.failure.reason] -= 1
            outcomes[entry.check.outcome] += 1
            if entry.check.reason:
                reasons[entry.check.reason] += 1
        return outcomes, +reasons

    def _show_counts(self, result: ImportResult | None) -> None:
        if result is None:
            for label in self.count_labels.values():
                label.setText("–")
            self.reasons_label.setText("")
            self.rows_label.setText("")
            return
        outcomes, reasons = self.counts()
        for key, label in self.count_labels.items():
            label.setText(number(outcomes[key]))
        lines = [
            f"{number(n)} — {reason_words(code)} <span style='color:#777'>({code})</span>"
            for code, n in reasons.most_common()
        ]
        self.reasons_label.setText("<br>".join(lines))
        if result.failures:
            title = self.tr("Failing rows:")
            if result.failures_truncated:
                title = self.tr("The first {0} failing rows:").format(number(len(result.failures)))
            self.rows_label.setText(f"<b>{title}</b>")
        else:
            self.rows_label.setText(self.tr("No row fails."))

    # -- fixing rows ---------------------------------------------------------------------------
    def _edited(self, row_number: int) -> None:
        self._pending.add(row_number)
        self._recheck_timer.start(RECHECK_DELAY_MS)
        self.completeChanged.emit()

    def _recheck(self) -> None:
        if self.recheck_operation is not None and self.recheck_operation.running:
            return  # the next round starts when this one is back
        source = self.state.source
        if source is None or not self._pending:
            return
        numbers, self._pending = sorted(self._pending), set()
        rows = []
        for n in numbers:
            entry = self.model.entry(n)
            if entry is not None:
                original = SourceRow(n, list(entry.failure.raw))
                rows.append(apply_fixes(original, self.state.overrides.get(n)))
        state = self.state
        database, login = state.database, state.login
        settings, mapping = state.settings, state.mapping

        def op(session, _progress, _cancelled) -> list[RowCheck]:  # type: ignore[no-untyped-def]
            user = current_user(session, login)
            return recheck_rows(session, user, source, settings, mapping, rows)

        def done(checks: list[RowCheck]) -> None:
            self.model.set_checks(checks)
            self._show_counts(self.state.dry_run)
            self._after_recheck()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CrmError):
                show_message(self.error_label, error_message(exc))
            else:
                show_crash(self, exc)
            self._after_recheck()

        self.recheck_operation = run_query(
            self, database, op, writes=True, on_success=done, on_failure=failed
        )

    def _after_recheck(self) -> None:
        if self._pending:
            self._recheck_timer.start(0)
        self.completeChanged.emit()

    @property
    def rechecking(self) -> bool:
        busy = self.recheck_operation is not None and self.recheck_operation.running
        return busy or bool(self._pending)

    # -- QWizardPage --------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return (
            self.state.dry_run is not None
            and not self.running
            and not self.rechecking
            and self._error is None
        )

    def may_discard(self) -> bool:
        """Cancel with fixes typed into the table: ask before they are thrown away."""
        fixed = len(self.state.overrides)
        if not fixed:
            return True
        return self.dialogs.confirm(
            self,
            self.tr("Discard your fixes"),
            self.tr(
                "You fixed %n row(s) by hand. Close the import and throw the fixes away?", "", fixed
            ),
        )

    def cleanupPage(self) -> None:
        self.stop()
