"""One task in a tab (CTL-3): its items in a lazy table (client / contact person, what is
missing, done rows green), "Contact info (done 40%)" as the tab title, a double-click opens the
card. Done-ness is derived from the base: Refresh recomputes it on a worker (so does opening the
tab), and Close task is enabled once every item is done (a manual task: any time)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from desktop_crm.services.tasks import (
    MANUAL,
    TaskSummary,
    close_task,
    refresh,
    task_summary,
    visible_task,
)
from desktop_crm.ui.errors import show_exception
from desktop_crm.ui.locale_format import format_date
from desktop_crm.ui.tasks.events import task_events
from desktop_crm.ui.tasks.item_model import CLIENT_ROLE, TaskItemModel, fetch_near_end
from desktop_crm.ui.tasks.tabs import TabPage
from desktop_crm.ui.tasks.words import kind_word, tab_title, task_title
from desktop_crm.ui.widgets.style import emphasised, error_text, muted
from desktop_crm.ui.workers import Operation, run_operation


def load_summary(database: Database, login: str, task_id: int) -> TaskSummary:
    """The task as the acting user may see it (a `CrmError` when not): one small read."""
    with database.session() as session:
        visible_task(session, current_user(session, login), task_id)
        return task_summary(session, task_id)


class TaskTab(TabPage):
    """Signals: `openClientRequested(int)`; `titleChanged(str)` (TabPage)."""

    openClientRequested = Signal(int)

    def __init__(
        self,
        database: Database,
        login: str,
        summary: TaskSummary,
        *,
        refresh_on_open: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskTab")
        self.database, self.login, self.summary = database, login, summary
        self.model = TaskItemModel(database, login, summary.id, self)
        self.view = QTableView(self)
        self.view.setObjectName("taskItems")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)  # a double-click, or Enter
        fetch_near_end(self.view, self.model)
        self.model.failed.connect(lambda text: error_text(self.progress).setText(text))
        self.operation: Operation[Any] | None = None
        self._build()
        self._show_summary()
        self.model.reload()
        if refresh_on_open and summary.items:
            self.refresh()

    def _build(self) -> None:
        self.heading = emphasised(QLabel(self), point_delta=2)
        self.details = muted(QLabel(self))
        self.details.setWordWrap(True)
        self.progress = muted(QLabel(self))
        self.progress.setObjectName("taskProgress")
        self.not_done = QCheckBox(self.tr("&Not done only"), self)
        self.not_done.setObjectName("notDoneOnly")
        self.not_done.toggled.connect(self._filter)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshTask")
        self.refresh_button.setToolTip(self.tr("See again which items the base has fixed now"))
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self.tr("&Close task"), self)
        self.close_button.setObjectName("closeTask")
        self.close_button.clicked.connect(self.close_task)
        self.card_button = QPushButton(self.tr("&Open the client's card"), self)
        self.card_button.setObjectName("openTaskClient")
        self.card_button.clicked.connect(self._open_client)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.card_button)
        bar.addWidget(self.not_done)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def title(self) -> str:
        """ "Contact info (done 40%)"; a manual task (no items) by its title alone."""
        title = task_title(self.summary.title, self.summary.kind)
        if self.summary.kind == MANUAL:
            return title
        return tab_title(title, self.summary.percent)

    def _show_summary(self) -> None:
        task = self.summary
        self.heading.setText(task_title(task.title, task.kind))
        parts = [kind_word(task.kind), task.executor_name or ""]
        if task.due is not None:
            parts.append(self.tr("due {0}").format(format_date(task.due)))
        if task.overdue:
            parts.append(self.tr("overdue"))
        if task.status != "open":
            parts.append(self.tr("closed"))
        details = "  ·  ".join(p for p in parts if p)
        self.details.setText(f"{details}\n{task.description}" if task.description else details)
        self.progress.setText(
            self.tr("{0} of %Ln item(s) done", "", task.items).format(task.done)
            if task.items
            else ""
        )
        muted(self.progress)
        checks = task.kind != MANUAL  # a manual task has no items to list or refresh
        for widget in (self.view, self.not_done, self.refresh_button):
            widget.setVisible(checks)
        self.card_button.setVisible(task.client_id is not None)
        self.close_button.setEnabled(task.closable)
        self.close_button.setToolTip(
            "" if task.closable else self.tr("Every item must be done first")
        )
        self.titleChanged.emit(self.title())

    def _filter(self, not_done_only: bool) -> None:
        self.model.not_done_only = not_done_only
        self.model.reload()

    def _open_client(self) -> None:
        if self.summary.client_id is not None:
            self.openClientRequested.emit(self.summary.client_id)

    def _activated(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ROLE)
        if client_id is not None:
            self.openClientRequested.emit(int(client_id))

    # work on a worker ---------------------------------------------------------------------
    def refresh(self) -> Operation[TaskSummary]:
        """Recompute which items are done from the base, then show them again."""
        return self._run(refresh, reload=True)

    def close_task(self) -> Operation[TaskSummary]:
        return self._run(close_task, reload=False)

    def _run(self, action: Any, *, reload: bool) -> Operation[TaskSummary]:
        login, task_id = self.login, self.summary.id
        self.refresh_button.setEnabled(False)
        self.close_button.setEnabled(False)

        def work(session: Session, _p: Progress, _c: Cancelled) -> TaskSummary:
            result: TaskSummary = action(session, current_user(session, login), task_id)
            return result

        def ended() -> None:  # the callbacks run only while this tab exists
            self.refresh_button.setEnabled(True)
            self.close_button.setEnabled(self.summary.closable)

        def done(summary: TaskSummary) -> None:
            self.summary = summary
            self._show_summary()
            ended()
            if reload:
                self.model.reload()
            task_events().changed.emit()

        def failed(exc: BaseException) -> None:
            ended()
            show_exception(self, exc)

        self.operation = run_operation(
            self, self.database, work, on_success=done, on_failure=failed
        )
        return self.operation
