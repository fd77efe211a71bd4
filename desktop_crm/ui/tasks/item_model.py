"""The items of one task, read lazily (a task may list 100,000 records): a page of rows by key
on a worker (`run_query`), the next page as the view nears the end (Qt's canFetchMore /
fetchMore). Done rows have a green background.

Signals: `pageLoaded(int)` with the rows held after a page landed; `failed(str)` when the base
could not be read (the task tab says so)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QWidget
from sqlalchemy.orm import Session

from desktop_crm.db import Database
from desktop_crm.progress import Cancelled, Progress
from desktop_crm.services.access import current_user
from desktop_crm.services.tasks import PAGE, ItemRow, custom_labels_by_id, item_page
from desktop_crm.ui.error_words import failure_text
from desktop_crm.ui.tasks.words import item_name, missing_with_proposal
from desktop_crm.ui.translation_marks import QT_TRANSLATE_NOOP
from desktop_crm.ui.workers import Operation, run_query

Index = QModelIndex | QPersistentModelIndex
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the client id of a row (its card opens)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
DONE_BACKGROUND = QColor("#d9f2d9")
HEADERS = (
    QT_TRANSLATE_NOOP("TaskItems", "Client / contact person"),
    QT_TRANSLATE_NOOP("TaskItems", "Missing"),
    QT_TRANSLATE_NOOP("TaskItems", "Done"),
)


class TaskItemModel(QAbstractTableModel):
    pageLoaded = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        database: Database,
        login: str,
        task_id: int,
        owner: QWidget,
        page_size: int = PAGE,
    ) -> None:
        super().__init__(owner)
        self._database, self._login = database, login  # whose view of the clients it shows
        self._task_id = task_id
        self._owner = owner  # the widget the reads run for (skipped once it is gone)
        self.page_size = page_size
        self.not_done_only = False
        self._rows: list[ItemRow] = []
        self._labels: dict[int, str] = {}
        self._exhausted = True  # until the first page says otherwise
        self._generation = 0  # bumped by every reload: a late page of an old one is dropped
        self._reading: Operation[Any] | None = None

    # loading ------------------------------------------------------------------------------
    def reload(self) -> Operation[Any]:
        """Read the first page again (after a refresh, or the filter changed)."""
        self._generation += 1
        generation, task_id = self._generation, self._task_id
        size, not_done, login = self.page_size, self.not_done_only, self._login

        def read(session: Session, _p: Progress, _c: Cancelled) -> tuple[Any, list[ItemRow]]:
            viewer = current_user(session, login)
            rows = item_page(session, viewer, task_id, limit=size, not_done_only=not_done)
            return custom_labels_by_id(session), rows

        def landed(result: tuple[dict[int, str], list[ItemRow]]) -> None:
            if generation != self._generation:
                return
            self._labels, rows = result
            self.beginResetModel()
            self._rows = rows
            self._exhausted = len(rows) < size
            self.endResetModel()
            self.pageLoaded.emit(len(self._rows))

        return self._read(read, landed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self.reading:
            return
        generation, task_id = self._generation, self._task_id
        size, not_done, login = self.page_size, self.not_done_only, self._login
        after = self._rows[-1].id if self._rows else None

        def read(session: Session, _p: Progress, _c: Cancelled) -> list[ItemRow]:
            viewer = current_user(session, login)
            return item_page(
                session, viewer, task_id, after=after, limit=size, not_done_only=not_done
            )

        def landed(page: list[ItemRow]) -> None:
            if generation != self._generation:
                return
            self._exhausted = len(page) < size
            if page:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
            self.pageLoaded.emit(len(self._rows))

        self._read(read, landed)

    def _read(self, read: Any, landed: Any) -> Operation[Any]:
        self._reading = run_query(
            self._owner,
            self._database,
            read,
            on_success=landed,
            on_failure=self._failed,
        )
        return self._reading

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(failure_text(exc) if isinstance(exc, Exception) else repr(exc))

    @property
    def reading(self) -> bool:
        return self._reading is not None and self._reading.running

    def row_at(self, index: int) -> ItemRow:
        return self._rows[index]

    # Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TaskItems", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return item_name(row)
            if column == 1:
                return missing_with_proposal(row, self._labels)
            return "✓" if row.done else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DONE_BACKGROUND) if row.done else None
        if role == CLIENT_ROLE:
            return row.client_id
        if role == ROW_ROLE:
            return row
        return None


def fetch_near_end(view: QAbstractItemView, model: TaskItemModel) -> None:
    """Ask for the next page a screen before the end, so scrolling does not stop at a page."""
    bar = view.verticalScrollBar()

    def near_end(value: int) -> None:
        if model.canFetchMore() and value >= bar.maximum() - bar.pageStep():
            model.fetchMore()

    bar.valueChanged.connect(near_end)
