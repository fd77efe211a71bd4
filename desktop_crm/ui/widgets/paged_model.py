"""A table model that loads its rows page by page as the view scrolls (Qt's canFetchMore /
fetchMore), for the long lists of a card: the feed and the change history.

The model keeps plain rows (frozen dataclasses); `fetch(last_row_or_None)` returns the next
page, older than the last row received. `follow_scrolling(view)` asks for the next page a
little before the end is reached, so scrolling does not stop at a page boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop_crm.connection_loss import is_connection_lost

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 10


class PagedModel(QAbstractTableModel):
    """Rows fetched lazily, newest first. Subclasses give `headers` and `cell(row, column,
    role)`."""

    headers: Sequence[str] = ("",)

    def __init__(
        self, fetch: Callable[[Any | None], list[Any]], page_size: int, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list[Any] = []
        # nothing is read before the owner's first `reload()`: a view asks for more as soon as
        # it is laid out, even on a tab nobody opened, and that read ran on the main thread
        self._exhausted = True

    # loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Forget the rows and load the first page again."""
        first = self._fetch(None)
        self.beginResetModel()
        self._rows = list(first)
        self._exhausted = len(first) < self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        try:
            page = self._fetch(self._rows[-1] if self._rows else None)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            return  # the rows shown stay; the window's offline banner says why no more came
        self._exhausted = len(page) < self.page_size
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def prepend(self, row: Any) -> None:
        """Show a row just made (a note) on top at once."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()

    def row_at(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError


def follow_scrolling(view: QAbstractItemView, model: PagedModel, margin_pages: float = 1.0) -> None:
    """Fetch the next page when the view is scrolled within `margin_pages` screens of the end."""
    bar = view.verticalScrollBar()

    def near_end(value: int) -> None:
        if model.canFetchMore() and value >= bar.maximum() - bar.pageStep() * margin_pages:
            model.fetchMore()

    bar.valueChanged.connect(near_end)
