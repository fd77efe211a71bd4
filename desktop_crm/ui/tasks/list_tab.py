"""My tasks / All tasks (CTL-3): open tasks with kind, due date, items and % done, overdue ones
in red; Enter or a double-click opens a task. Read on a worker, done-ness derived from the base
first; read again whenever tasks change (`task_events`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.tasks import TaskSummary, list_tasks
from desktop_crm.ui.error_words import failure_text
from desktop_crm.ui.tasks.events import task_events
from desktop_crm.ui.tasks.list_model import EXECUTOR, TASK_ROLE, TITLE, TaskListModel
from desktop_crm.ui.tasks.tabs import TabPage
from desktop_crm.ui.widgets.style import emphasised, error_text, muted
from desktop_crm.ui.workers import Operation, run_operation, run_query


class TaskListTab(TabPage):
    """Signals: `openTaskRequested(int)`, `newTaskRequested()`."""

    openTaskRequested = Signal(int)
    newTaskRequested = Signal()

    def __init__(
        self, database: Database, login: str, *, everyone: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("allTasks" if everyone else "myTasks")
        self.database, self.login, self.everyone = database, login, everyone
        self.model = TaskListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("taskList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setColumnHidden(EXECUTOR, not everyone)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)  # Enter, or a double-click
        self.status = muted(QLabel(self))
        self.status.setObjectName("taskListStatus")
        self._build(everyone)
        self.reading: Operation[Any] | None = None
        task_events().changed.connect(self._tasks_changed)
        self.reload()

    def _build(self, everyone: bool) -> None:
        title = emphasised(
            QLabel(self.tr("All tasks") if everyone else self.tr("My tasks"), self), point_delta=2
        )
        self.new_button = QPushButton(self.tr("New task…"), self)
        self.new_button.setObjectName("newTask")
        self.new_button.clicked.connect(self.newTaskRequested)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(lambda: self.reload())
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def reload(self, *, fresh: bool = True) -> Operation[list[TaskSummary]]:
        """Read the list on a worker; `fresh`: derive every listed task's done-ness from the
        base first (a write: the percentages are today's)."""
        login, everyone = self.login, self.everyone

        def read(session: Session, _p: Progress, _c: Cancelled) -> list[TaskSummary]:
            user = current_user(session, login)
            return list_tasks(session, user, everyone=everyone, fresh=fresh)

        run = run_operation if fresh else run_query
        self.reading = run(
            self, self.database, read, on_success=self._landed, on_failure=self._failed
        )
        return self.reading

    def _tasks_changed(self) -> None:
        """Another part of the window changed a task: read the list again. Everyone's tasks
        without refreshing them all (a long write on a large team); Refresh does that."""
        self.reload(fresh=not self.everyone)

    def _landed(self, tasks: list[TaskSummary]) -> None:
        self.model.set_tasks(tasks)
        late = sum(task.overdue for task in tasks)
        text = self.tr("%Ln open task(s)", "", len(tasks))
        if late:
            text += self.tr(", %Ln overdue", "", late)
        muted(self.status).setText(text)

    def _failed(self, exc: BaseException) -> None:
        error_text(self.status).setText(failure_text(exc) if isinstance(exc, Exception) else "")

    def _activated(self, index: QModelIndex) -> None:
        task_id = index.data(TASK_ROLE)
        if task_id is not None:
            self.openTaskRequested.emit(int(task_id))

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
