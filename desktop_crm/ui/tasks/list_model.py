"""The rows of My tasks / All tasks: one task a row with its kind, due date, items and % done;
overdue tasks in red. A user has tens of tasks, not thousands: the list is held whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_crm.services.tasks import TaskSummary
from desktop_crm.ui.locale_format import format_date
from desktop_crm.ui.tasks.words import kind_word, task_title
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1  # the task id of a row
OVERDUE = QColor("#b3261e")
TITLE, KIND, EXECUTOR, DUE, ITEMS, PERCENT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("TaskList", "Task"),
    QT_TRANSLATE_NOOP("TaskList", "Kind"),
    QT_TRANSLATE_NOOP("TaskList", "Executor"),
    QT_TRANSLATE_NOOP("TaskList", "Due"),
    QT_TRANSLATE_NOOP("TaskList", "Items"),
    QT_TRANSLATE_NOOP("TaskList", "Done"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskList", text)


class TaskListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: list[TaskSummary] = []

    def set_tasks(self, tasks: Sequence[TaskSummary]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self.endResetModel()

    def tasks(self) -> list[TaskSummary]:
        return list(self._tasks)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(task, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and task.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and task.overdue:
            return QCoreApplication.translate("TaskList", "Overdue: the due date has passed")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (ITEMS, PERCENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TASK_ROLE:
            return task.id
        return None


def cell(task: TaskSummary, column: int) -> str:
    if column == TITLE:
        return task_title(task.title, task.kind)
    if column == KIND:
        return kind_word(task.kind)
    if column == EXECUTOR:
        return task.executor_name or ""
    if column == DUE:
        return format_date(task.due)
    if column == ITEMS:
        return str(task.items) if task.items else ""
    return f"{task.percent}%"
