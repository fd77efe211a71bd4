"""The last page: the tasks made, one row each (executor, records, title), and a way to the
task list when the tasks feature is there.

Signals: `openTasksRequested()` from "Open My tasks"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop_crm.ui.control.state import ControlState
from desktop_crm.ui.control.words import check_name


class CreatedPage(QWizardPage):
    openTasksRequested = Signal()

    def __init__(self, state: ControlState, tasks_available: bool = False) -> None:
        super().__init__()
        self.state = state
        self.summary = QLabel(self)
        self.summary.setObjectName("createdSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("createdTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Executor"), self.tr("Records"), self.tr("Task")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tasks_button = QPushButton(self.tr("Open &My tasks"), self)
        self.tasks_button.setObjectName("openMyTasks")
        self.tasks_button.setVisible(tasks_available)
        self.tasks_button.clicked.connect(self.openTasksRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.tasks_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        state = self.state
        self.setTitle(self.tr("Tasks created"))
        self.setSubTitle(self.tr("Each executor finds the task in My tasks."))
        made = state.made
        title = check_name(state.kind)
        self.table.setRowCount(len(made))
        for row, task in enumerate(made):
            count = QTableWidgetItem(str(task.items))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name = state.executor_name(task.executor_id, task.executor)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, count)
            self.table.setItem(row, 2, QTableWidgetItem(f"#{task.id} {title}"))
        records = sum(task.items for task in made)
        self.summary.setText(self.tr("%n task(s) created", "", len(made))
                             + self.tr(" with %n record(s) to fix.", "", records))  # fmt: skip
