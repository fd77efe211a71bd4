"""The results of one import (IMP-11, IMP-12), on the wizard's last page and in the import
history: counts, reasons in words, ignored columns; save the failed rows, show, undo."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models.imports import CREATED, FAILED, SKIPPED, UPDATED
from desktop_crm.progress import Cancelled, Progress
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
from desktop_crm.ui.importing.outcome import Outcome
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.words import kept_words, mode_name, reason_words, status_name
from desktop_crm.ui.workers import Operation, ProgressDialog, run_operation, run_query
from desktop_crm.wizards.importing import (
    UndoPreview,
    UndoResult,
    failed_rows_of,
    failed_rows_of_job,
    undo_import,
    undo_preview,
    write_failed_rows,
)

COMPANIES = "companies_created"


class ResultsView(QWidget):
    """Signals: `showClientsRequested(int)` (job id), `undone(int)` (job id) after an undo."""

    showClientsRequested = Signal(int)
    undone = Signal(int)

    def __init__(
        self, database: Database, login: str, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.login = login
        self.dialogs = dialogs
        self.outcome: Outcome | None = None
        self.operation: Operation[Any] | None = None
        self._build()

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("resultTitle")
        self.title_label.setWordWrap(True)
        self.info_label = QLabel()
        self.info_label.setObjectName("resultInfo")
        self.info_label.setWordWrap(True)
        counts = self._build_counts()
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("resultReasons")
        self.reasons_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("resultNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #555;")

        self.save_button = QPushButton(self.tr("Sa&ve failed rows…"))
        self.save_button.setObjectName("saveFailedRows")
        self.save_button.clicked.connect(self.save_failed_rows)
        self.show_button = QPushButton(self.tr("Show imported &clients"))
        self.show_button.setObjectName("showImportedClients")
        self.show_button.clicked.connect(self.show_clients)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.show_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status_label = message_label("resultStatus")
        self.error_label = message_label("resultError", error=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.info_label)
        layout.addLayout(counts)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.notes_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.show_outcome(None)

    def _build_counts(self) -> QGridLayout:
        """Created, updated, skipped, failed: numbers in large type over their words."""
        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        titles = (
            (CREATED, self.tr("Created")),
            (COMPANIES, self.tr("New companies")),
            (UPDATED, self.tr("Updated")),
            (SKIPPED, self.tr("Skipped")),
            (FAILED, self.tr("Failed")),
        )
        for column, (key, title) in enumerate(titles):
            value = QLabel("0")
            value.setObjectName(f"result_{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            counts.addWidget(value, 0, column)
            counts.addWidget(QLabel(title), 1, column)
            self.count_labels[key] = value
        self.count_labels[COMPANIES].setToolTip(
            self.tr("Companies the import created for names in the Company column")
        )
        for column in range(len(titles)):
            counts.setColumnMinimumWidth(column, 110)
        counts.setColumnStretch(len(titles), 1)
        return counts

    # -- showing ------------------------------------------------------------------------------
    def show_outcome(self, outcome: Outcome | None) -> None:
        self.outcome = outcome
        show_message(self.status_label, None)
        show_message(self.error_label, None)
        if outcome is None:
            self.title_label.setText(self.tr("Choose an import to see its results."))
            self.info_label.setText("")
            for label in self.count_labels.values():
                label.setText("–")
            self.reasons_label.setText("")
            self.notes_label.setText("")
            self._update_buttons()
            return
        name = html.escape(outcome.name)
        self.title_label.setText(f"<b>{name}</b> — {status_name(outcome.status)}")
        info = self._info(outcome)
        self.info_label.setText(info)
        values = {
            CREATED: outcome.created,
            COMPANIES: outcome.companies_created,
            UPDATED: outcome.updated,
            SKIPPED: outcome.skipped,
            FAILED: outcome.failed,
        }
        for key, label in self.count_labels.items():
            value = values[key]
            label.setText("–" if value is None else number(value))
        lines = [
            f"{number(n)} — {html.escape(reason_words(code))} "
            f"<span style='color:#777'>({html.escape(code)})</span>"
            for code, n in sorted(outcome.reasons.items(), key=lambda item: -item[1])
        ]
        self.reasons_label.setText("<br>".join(lines))
        notes = self._notes(outcome)
        self.notes_label.setText("<br>".join(notes))
        self._update_buttons()

    def _info(self, outcome: Outcome) -> str:
        """Which import, from where, how, by whom, when, how long; its description."""
        parts = []
        if outcome.job_id is not None:
            parts.append(self.tr("import #{0}").format(outcome.job_id))
        if outcome.source:
            parts.append(html.escape(outcome.source))
        parts.append(mode_name(outcome.mode))
        if outcome.user:
            parts.append(self.tr("by {0}").format(html.escape(outcome.user)))
        if outcome.started is not None:
            parts.append(local_time(outcome.started))
        if outcome.seconds is not None:
            parts.append(self.tr("{0:.1f} s").format(outcome.seconds))
        info = " · ".join(parts)
        if outcome.description:
            info += "<br>" + html.escape(outcome.description)
        return info

    def _notes(self, outcome: Outcome) -> list[str]:
        """Columns left out, values left empty, an undo."""
        notes = []
        if outcome.ignored:
            notes.append(
                self.tr("Columns not imported: {0}.").format(
                    html.escape(", ".join(outcome.ignored))
                )
            )
        if outcome.warnings:
            notes.append(
                self.tr("{0} values were left empty (see the failed-rows details).").format(
                    number(outcome.warnings)
                )
            )
        if outcome.status == "undone":
            notes.append(self.tr("This import was undone."))
        return notes

    def _update_buttons(self) -> None:
        outcome = self.outcome
        busy = self.operation is not None and self.operation.running
        done = outcome is not None and outcome.status == "done" and outcome.job_id is not None
        self.save_button.setEnabled(not busy and outcome is not None and outcome.failed > 0)
        self.show_button.setEnabled(
            not busy
            and done
            and outcome is not None
            and outcome.created + outcome.updated + (outcome.companies_created or 0) > 0
        )
        self.undo_button.setEnabled(
            not busy
            and done
            and outcome is not None
            and outcome.created + outcome.updated + (outcome.companies_created or 0) > 0
        )

    # -- actions ------------------------------------------------------------------------------
    def save_failed_rows(self) -> None:
        outcome = self.outcome
        if outcome is None or not outcome.failed:
            return
        path = self.dialogs.save_path(
            self,
            self.tr("Save failed rows"),
            str(Path.home() / "failed-rows.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".xlsx")

        def op(session, _progress, _cancelled) -> int:  # type: ignore[no-untyped-def]
            if outcome.failures is not None:
                rows = failed_rows_of(outcome.failures)
            else:
                assert outcome.job_id is not None
                viewer = current_user(session, self.login)
                rows = failed_rows_of_job(session, viewer, outcome.job_id)
            return write_failed_rows(target, outcome.headers, rows)

        def saved(count: int) -> None:
            show_message(
                self.status_label,
                self.tr("{0} failed rows saved to {1}.").format(number(count), target),
            )
            self._update_buttons()

        self._start(run_query, op, saved, title=self.tr("Save failed rows"))

    def show_clients(self) -> None:
        if self.outcome is not None and self.outcome.job_id is not None:
            self.showClientsRequested.emit(self.outcome.job_id)

    def undo(self) -> None:
        outcome = self.outcome
        if outcome is None or outcome.job_id is None:
            return
        job_id = outcome.job_id

        # the undo's own decision, off the main thread: a large import's takes seconds
        def count(session: Session, _progress: Progress, _cancelled: Cancelled) -> UndoPreview:
            return undo_preview(session, job_id)

        def ask(preview: UndoPreview) -> None:
            self._confirm_undo(outcome, job_id, preview)

        self._start(run_query, count, ask, title=self.tr("Undo this import"))

    def _confirm_undo(self, outcome: Outcome, job_id: int, preview: UndoPreview) -> None:
        question = self._undo_question(outcome.name, preview)
        if not self.dialogs.confirm(self, self.tr("Undo this import"), question):
            show_message(self.status_label, None)
            return
        login = self.login

        def op(session, progress, _cancelled) -> UndoResult:  # type: ignore[no-untyped-def]
            return undo_import(session, current_user(session, login), job_id, progress=progress)

        def undone(result: UndoResult) -> None:
            self.outcome = Outcome(**{**outcome.__dict__, "status": "undone"})
            self.show_outcome(self.outcome)
            show_message(self.status_label, self._undone_text(result, preview.companies))
            self.undone.emit(job_id)

        self._start(run_operation, op, undone, title=self.tr("Undo this import"))

    def _undo_question(self, name: str, preview: UndoPreview) -> str:
        """What the undo will do, in the numbers it will do it with."""
        if not preview.companies:
            return self.tr(
                "Undo “{0}”? The {1} clients it created will be deleted and the {2} clients it "
                "updated get their old values back. Clients someone worked on since the import "
                "are kept as they are, and listed."
            ).format(name, number(preview.deleted), number(preview.restored))
        return self.tr(
            "Undo “{0}”? The {1} clients its rows created and the {2} companies it made for "
            "the Company column will be deleted, and the {3} clients it updated get their old "
            "values back. Clients someone worked on since the import are kept as they are, "
            "and listed."
        ).format(
            name,
            number(preview.deleted_by_rows),
            number(preview.companies),
            number(preview.restored),
        )

    def _undone_text(self, result: UndoResult, companies: int, shown: int = 5) -> str:
        if companies:
            text = self.tr(
                "The import was undone: {0} clients and {1} companies of the Company column "
                "deleted, {2} restored, {3} kept."
            ).format(
                number(result.deleted - companies),
                number(companies),
                number(result.restored),
                number(len(result.kept)),
            )
        else:
            text = self.tr(
                "The import was undone: {0} clients deleted, {1} restored, {2} kept."
            ).format(number(result.deleted), number(result.restored), number(len(result.kept)))
        if result.kept:
            names = "; ".join(
                f"{k.name} ({', '.join(kept_words(r) for r in k.reasons)})"
                for k in result.kept[:shown]
            )
            more = len(result.kept) - shown
            text += " " + self.tr("Kept, as someone worked on them since: {0}").format(names)
            text += self.tr(" and {0} more.").format(number(more)) if more > 0 else "."
        return text

    def _start(self, run: Any, op: Any, on_success: Any, *, title: str) -> None:
        """`run`: `run_query` for work that keeps nothing in the base, else `run_operation`."""
        show_message(self.error_label, None)
        show_message(self.status_label, self.tr("Working…"))

        def failed(exc: BaseException) -> None:
            show_message(self.status_label, None)
            if isinstance(exc, CrmError):
                show_message(self.error_label, error_message(exc))
            else:
                show_crash(self, exc)
            self._update_buttons()

        self.operation = run(
            self,
            self.database,
            op,
            on_success=on_success,
            on_failure=failed,
            dialog=ProgressDialog(title, self.tr("Working…"), cancellable=False),
        )
        self._update_buttons()
        self.operation.finished.connect(self._update_buttons)

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running


class ResultsPage(QWizardPage):
    """Page 6 of the import wizard."""

    def __init__(self, state: ImportState, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.state = state
        self.setTitle(self.tr("Results"))
        self.setSubTitle(self.tr("What the import did. Its details stay in the import history."))
        self.setFinalPage(True)
        self.view = ResultsView(state.database, state.login, dialogs, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        result = self.state.result
        self.view.show_outcome(Outcome.of_result(result, self.state) if result else None)
