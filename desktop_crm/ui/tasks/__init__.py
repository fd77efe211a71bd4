"""Tasks in the window (CTL-3): Tasks › My tasks and All tasks as tabs, a task in a tab of its
own, manual tasks, and the count of the user's open tasks on the status bar.
`install(window)` plugs them in (`features.FEATURES`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel
from sqlalchemy.orm import Session

from desktop_crm.errors import CrmError
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.tasks import open_task_count
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.errors import show_error
from desktop_crm.ui.shell import Shell
from desktop_crm.ui.tasks.events import task_events
from desktop_crm.ui.tasks.list_tab import TaskListTab
from desktop_crm.ui.tasks.new_task_dialog import ManualTaskDialog
from desktop_crm.ui.tasks.tabs import TabKeeper
from desktop_crm.ui.tasks.task_tab import TaskTab, load_summary
from desktop_crm.ui.workers import Operation, run_query

RECOUNT_MS = 120_000  # how often the status bar counts the user's open tasks anew


class TasksFeature(QObject):
    """The task tabs and the status bar's count of one main window."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.setObjectName("tasksFeature")
        self.window = window
        self.pages = TabKeeper(window.tabs)
        self.count_label = QLabel(window)
        self.count_label.setObjectName("openTasksLabel")
        self.count_label.setContentsMargins(10, 0, 10, 0)
        self.count_label.setToolTip(self.tr("Your open tasks (Tasks › My tasks)"))
        window.statusBar().addPermanentWidget(self.count_label)
        self.counting: Operation[int] | None = None
        task_events().changed.connect(self.update_count)
        # tasks given out elsewhere (another desktop, the command line) show up in a while too
        self.recount = QTimer(self)
        self.recount.setInterval(RECOUNT_MS)
        self.recount.timeout.connect(self.update_count)
        self.recount.start()
        self.update_count()

    def open_list(self, *, everyone: bool) -> TaskListTab:
        def make() -> TaskListTab:
            page = TaskListTab(self.window.database, self.window.login, everyone=everyone)
            page.openTaskRequested.connect(self.open_task)
            page.newTaskRequested.connect(self.new_task)
            return page

        title = self.tr("All tasks") if everyone else self.tr("My tasks")
        return self.pages.open(("list", everyone), make, title)

    def open_task(self, task_id: int) -> TaskTab | None:
        """The task's tab; None (after saying why) when the user may not see it."""
        key = ("task", task_id)
        if key not in self.pages.pages:
            try:
                summary = load_summary(self.window.database, self.window.login, task_id)
            except CrmError as exc:
                show_error(self.window, exc)
                return None
        else:
            summary = None

        def make() -> TaskTab:
            assert summary is not None
            page = TaskTab(self.window.database, self.window.login, summary)
            page.openClientRequested.connect(self.window.open_client_card)
            return page

        title = summary.title if summary is not None else ""
        page = self.pages.open(key, make, title)
        page.titleChanged.emit(page.title())
        return page

    def new_task(self, client_id: int | None = None) -> ManualTaskDialog:
        window = self.window
        dialog = ManualTaskDialog(window.database, window.login, client_id=client_id, parent=window)
        dialog.created.connect(lambda task_id: window.show_status(self.tr("Task added.")))
        dialog.open()
        return dialog

    def update_count(self) -> Operation[int]:
        """Count the user's open tasks on a worker; the label shows it when it lands."""
        login = self.window.login

        def count(session: Session, _p: Progress, _c: Cancelled) -> int:
            return open_task_count(session, current_user(session, login))

        def show(total: int) -> None:
            self.count_label.setText(self.tr("%Ln open task(s)", "", total))

        def unknown(error: BaseException) -> None:
            # a passing count, not worth a dialog (the server may be away for a moment)
            self.count_label.setText("")
            self.count_label.setToolTip(error_message(error) if isinstance(error, CrmError) else "")

        self.counting = run_query(
            self.window, self.window.database, count, on_success=show, on_failure=unknown
        )
        return self.counting


def install(window: Shell) -> None:
    """Tasks › My tasks, All tasks (admins); the open-task count on the status bar."""
    feature = TasksFeature(window)
    window.provide("my_tasks", lambda: feature.open_list(everyone=False))
    window.provide("all_tasks", lambda: feature.open_list(everyone=True))


def feature_of(window: Shell) -> TasksFeature:
    """The tasks feature of `window`, installed now if it was still waiting for its turn."""
    window.load_features()
    found: TasksFeature | None = window.findChild(TasksFeature, "tasksFeature")
    assert found is not None, "the tasks feature is not installed"
    return found


__all__ = ["ManualTaskDialog", "TaskListTab", "TaskTab", "TasksFeature", "feature_of", "install"]
