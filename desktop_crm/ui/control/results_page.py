"""The check runs over the whole base on a worker (progress and Cancel; the window never
waits) and its results are listed: sortable, a double-click opens the card. Nothing found:
the page says so and only Finish is left.

Signals: `openClientRequested(int)` on a double-click on a client's row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from sqlalchemy.orm import Session

from desktop_crm.errors import CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.ui.control.merge_buttons import add_merge_buttons
from desktop_crm.ui.control.names_panel import NamesPanel
from desktop_crm.ui.control.results_model import (
    CLIENT_ID_ROLE,
    CLIENTS,
    GROUP_ROLE,
    GROUPS,
    INTERACTIONS,
    NAMES,
    ResultsModel,
)
from desktop_crm.ui.control.state import DUPLICATES, REGISTRATION, ControlState
from desktop_crm.ui.control.words import check_name
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.merge.dialog import open_merge_dialog
from desktop_crm.ui.workers import Operation, OperationCancelled, ProgressDialog, run_query
from desktop_crm.wizards.control.checks import ResultRow, result_rows, run_check
from desktop_crm.wizards.control.runner import CheckRun

Found = tuple[CheckRun, list[ResultRow]]


class ResultsPage(QWizardPage):
    openClientRequested = Signal(int)

    def __init__(self, state: ControlState) -> None:
        super().__init__()
        self.state = state
        self.operation: Operation[Any] | None = None
        self.done = False
        self.status = QLabel(self)
        self.status.setObjectName("resultsStatus")
        self.status.setWordWrap(True)
        self.model = ResultsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.model)
        self.model.sorted.connect(self._add_merge_buttons)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # by client (or call) name, A to Z, at first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.names = NamesPanel(state, self)
        self.names.recordsChanged.connect(self._names_changed)
        self.found_rows: list[ResultRow] = []
        self.merge_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.names)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self.setTitle(check_name(self.state.kind))
        if self.state.kind == DUPLICATES:
            self.setSubTitle(self.tr("Groups of cards that look like one client. Merge… or a "
                                     "double-click shows the group side by side."))  # fmt: skip
        else:
            self.setSubTitle(self.tr("What the check found. Double-click a row to open the card."))
        self.state.run, self.state.rows = None, []
        self.model.set_rows([], CLIENTS, {})
        self.names.hide()
        self.done = False
        self.setFinalPage(False)
        self.status.setText(self.tr("Checking the whole base…"))
        self.completeChanged.emit()
        self._start()

    def _start(self) -> None:
        state, check = self.state, self.state.check
        login = state.login
        assert check is not None  # the "what" page built it before Next

        def work(session: Session, progress: Progress, cancelled: Cancelled) -> Found:
            progress(0, None)
            run = run_check(session, current_user(session, login), check)
            if cancelled():
                raise OperationCancelled()
            rows = result_rows(session, run.records)
            if cancelled():
                raise OperationCancelled()
            return run, rows

        dialog = ProgressDialog(self.tr("Checking"), self.tr("Checking the whole base…"))
        self.operation = run_query(
            self,
            state.database,
            work,
            on_success=self._found,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            dialog=dialog,
        )

    def cancel(self) -> None:
        """Stop the running check (the progress dialog's Cancel does the same)."""
        if self.operation is not None and self.operation.running:
            self.operation.cancel()

    def _found(self, found: Found) -> None:
        operation = self.operation
        if operation is not None and operation.cancel_event.is_set():
            self._cancelled()  # cancelled while the last rows came back: nothing is kept
            return
        run, rows = found
        self.state.run, self.found_rows = run, rows
        if self.state.kind == NAMES and rows:
            self.names.reset(run)
            self.names.show()
        self._show_rows(rows)
        if rows:
            self.status.setText(self._found_text(len(rows)))

    def _found_text(self, count: int) -> str:
        if self.state.kind == DUPLICATES:
            return self.tr("%n group(s) of duplicates found.", "", count)
        return self.tr("%n record(s) found.", "", count)

    def _show_rows(self, rows: list[ResultRow]) -> None:
        self.state.rows = rows
        labels = {f.key: f.label for f in self.state.choices.fields if not f.card_key}
        kind = self.state.kind
        shapes = {REGISTRATION: INTERACTIONS, NAMES: NAMES, DUPLICATES: GROUPS}
        self.model.set_rows(rows, shapes.get(kind, CLIENTS), labels)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(kind != DUPLICATES)
        if kind == DUPLICATES:  # the cards' names take the room, the button its own
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.done = True
        self.setFinalPage(not rows)  # the wizard asks nextId() again: -1, Finish only
        if not rows:
            self.status.setText(self.tr("Nothing found: nothing is missing. Press Finish."))
        self.completeChanged.emit()

    def _add_merge_buttons(self) -> None:
        self.merge_buttons = []
        if self.state.kind == DUPLICATES:
            self.merge_buttons = add_merge_buttons(self.table, self.model, self.merge)

    def _names_changed(self) -> None:
        """After the sure splits were applied only the doubtful ones are left, and back."""
        if self.names.applied:
            left = [row for row in self.found_rows if not row.sure]
            self._show_rows(left)
            self.status.setText(self.tr("%n doubtful record(s) left for the tasks.", "", len(left)))
        else:
            self._show_rows(self.found_rows)
            self.status.setText(self.tr("%n record(s) found.", "", len(self.found_rows)))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_message(error) if isinstance(error, CrmError) else "")
        show_exception(self, error)

    def _cancelled(self) -> None:
        self.state.run, self.state.rows = None, []
        self.status.setText(
            self.tr("The check was cancelled; nothing was kept. Go Back to run it again.")
        )

    def isComplete(self) -> bool:
        return self.done

    def nextId(self) -> int:
        return -1 if self.done and not self.state.rows else super().nextId()

    def _open(self, index: QModelIndex) -> None:
        client_id, cards = index.data(CLIENT_ID_ROLE), index.data(GROUP_ROLE)
        if cards:
            self.merge(tuple(cards))
        elif client_id:
            self.openClientRequested.emit(int(client_id))

    def merge(self, cards: tuple[int, ...]) -> QWidget:
        """The merge dialog for a group of duplicates (it merges on a worker of its own)."""
        parent = self.wizard() or self
        return open_merge_dialog(parent, self.state.database, self.state.login, cards)
