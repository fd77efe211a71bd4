"""Import history (IMP-11): Marketing -> Import history.

Past imports, newest first, with name, description, user, date, mode, counts and status.
Selecting one shows its results underneath (the wizard's own results view): reasons, failed
rows to save, its clients to show, and Undo with a confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.services.access import Permission, current_user, require
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.importing.common import Dialogs, Index, message_label, number, show_message
from desktop_crm.ui.importing.outcome import Outcome
from desktop_crm.ui.importing.results import ResultsView
from desktop_crm.ui.locale_format import local_time
from desktop_crm.ui.words import mode_name, status_name
from desktop_crm.wizards.importing import JobSummary, job_details, list_jobs

COLUMNS = (
    "name",
    "description",
    "user",
    "started_at",
    "mode",
    "created",
    "updated",
    "skipped",
    "failed",
    "status",
)
NUMBERS = {"created", "updated", "skipped", "failed"}


class JobsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[JobSummary] = []

    def set_jobs(self, jobs: Sequence[JobSummary]) -> None:
        self.beginResetModel()
        self.jobs = list(jobs)
        self.endResetModel()

    def row_of(self, job_id: int) -> int | None:
        for row, job in enumerate(self.jobs):
            if job.id == job_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Name"),
            "description": self.tr("Description"),
            "user": self.tr("User"),
            "started_at": self.tr("Date"),
            "mode": self.tr("Mode"),
            "created": self.tr("Created"),
            "updated": self.tr("Updated"),
            "skipped": self.tr("Skipped"),
            "failed": self.tr("Failed"),
            "status": self.tr("Status"),
        }
        return titles[COLUMNS[section]]

    def job_title(self, job: JobSummary) -> str:
        """The name the user gave, or, when none was given (the engine then stores "Import of
        <file>"), the file and the time, so that two imports of one file tell apart."""
        given = (job.name or "").strip()
        if given and not (job.source and given == f"Import of {job.source}"):
            return given
        return self.tr("{0}, {1}").format(
            job.source or self.tr("pasted table"), local_time(job.started_at)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self.jobs[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "started_at":
                return local_time(job.started_at)
            if key == "mode":
                return mode_name(job.mode)
            if key == "status":
                return status_name(job.status)
            if key in NUMBERS:
                return number(getattr(job, key))
            if key == "description":
                return " ".join((job.description or "").split())
            if key == "name":
                return self.job_title(job)
            return getattr(job, key) or ""
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "description"):
            return getattr(job, key) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and job.status in ("undone", "cancelled"):
            return Qt.GlobalColor.gray
        return None


class ImportHistoryDialog(QDialog):
    """Signals: `showClientsRequested(int)` with a job id; `changed()` after an undo, and
    `undone(int)` with the job undone."""

    showClientsRequested = Signal(int)
    changed = Signal()
    undone = Signal(int)

    def __init__(self, database: Database, user_login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.database = database
        self.login = user_login
        self.dialogs = Dialogs()
        self.refusal: str | None = None
        try:
            with database.session() as session:
                require(current_user(session, user_login), Permission.IMPORT)
        except CrmError as exc:
            self.refusal = error_message(exc)

        self.error_label = message_label("historyError", error=True)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.model = JobsModel(self)
        self.view = QTableView()
        self.view.setObjectName("importJobs")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.results = ResultsView(database, user_login, self.dialogs)
        self.results.showClientsRequested.connect(self._show_clients)
        self.results.undone.connect(self._undone)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setObjectName("refreshHistory")
        refresh.clicked.connect(self.refresh)
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        if self.refusal:
            show_message(self.error_label, self.refusal)
            splitter.setEnabled(False)
            refresh.setEnabled(False)
        else:
            self.refresh()

    def refresh(self) -> None:
        """Read the list again, keeping the selected import selected."""
        current = self.selected_job_id()
        try:
            with self.database.session() as session:
                jobs = list_jobs(session)
        except CrmError as exc:
            show_message(self.error_label, error_message(exc))
            return
        self.model.set_jobs(jobs)
        self.count_label.setText(
            self.tr("{0} imports, newest first.").format(number(len(jobs)))
            if jobs
            else self.tr("No import has been run yet.")
        )
        row = self.model.row_of(current) if current is not None else None
        self.open_job(self.model.jobs[row if row is not None else 0].id if jobs else None)

    def selected_job_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.jobs[index.row()].id if index.isValid() else None

    def open_job(self, job_id: int | None) -> None:
        """Select import `job_id` and show its results."""
        row = self.model.row_of(job_id) if job_id is not None else None
        if row is None:
            self.results.show_outcome(None)
            return
        if self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, 0))  # shows it through the signal
        else:
            self._show(job_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.jobs[current.row()].id if current.isValid() else None)

    def _show(self, job_id: int | None) -> None:
        if job_id is None:
            self.results.show_outcome(None)
            return
        try:
            with self.database.session() as session:
                details = job_details(session, job_id)
        except CrmError as exc:
            show_message(self.error_label, error_message(exc))
            return
        show_message(self.error_label, None)
        self.results.show_outcome(Outcome.of_job(details))

    def _show_clients(self, job_id: int) -> None:
        self.showClientsRequested.emit(job_id)
        self.accept()

    def _undone(self, job_id: int) -> None:
        status_text = self.results.status_label.text()
        self.refresh()
        self.results.status_label.setText(status_text)
        self.results.status_label.setVisible(bool(status_text))
        self.changed.emit()
        self.undone.emit(job_id)
