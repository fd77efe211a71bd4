"""The client list's model: lazy, ids first (STYLE.md practice 4, Anki's browser table).

The database filters, sorts and counts (`services/search.py`). The model keeps the count, reads
ids in blocks as rows come into view and fetches those rows by id into a small cache
(`lazy_result.py`), so `data()` is a dictionary lookup and a million clients cost what one
screen costs. In page mode (10/20/100 per page) the model shows one page; in continuous mode
every row, read as the user scrolls.

Search as you type runs on a worker thread (`search_in_background`, `background_reads.py`), as
does the count of a large result: the list keeps showing the previous result and the box stays
responsive while the database looks; the result and its first screen of rows land together,
and of the queries typed meanwhile only the newest runs.

Signals: `resultChanged(int)` with the number of matching clients after every new query or
refresh; `searchLanded()` after a background search was shown; `loadFailed(str)` when the
database could not be read (the list says so instead of raising inside a paint).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.fields import custom_field_key
from desktop_crm.models import User
from desktop_crm.services.client_rows import ClientRow, ListColumn
from desktop_crm.services.search import MATERIALIZE_LIMIT, ClientQuery, ClientSearch
from desktop_crm.ui.clients.background_reads import BackgroundCount, FirstScreen, SearchAsYouType
from desktop_crm.ui.clients.cells import cell_text, tooltip
from desktop_crm.ui.clients.lazy_result import ROW_BATCH, LazyResult
from desktop_crm.ui.clients.paging import Paging
from desktop_crm.ui.error_words import failure_text
from desktop_crm.ui.words import column_label
from desktop_crm.ui.workers import Operation

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the client id of a row
COUNT_DELAY_MS = 150  # a large result is counted this long after its first screen

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    resultChanged = Signal(int)
    searchLanded = Signal()
    loadFailed = Signal(str)

    def __init__(
        self,
        database: Database,
        columns: Sequence[ListColumn],
        *,
        viewer: User | None = None,
        region: str = "RU",
        materialize_limit: int = MATERIALIZE_LIMIT,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._take_columns(columns)
        self._viewer = viewer
        self._region = region
        self._materialize_limit = materialize_limit
        self._query = ClientQuery()
        self._result: LazyResult | None = None
        self._paging = Paging()
        self._generation = 0  # bumped by every refresh: a late count of an old query is dropped
        self.error: str | None = None
        self._typed = SearchAsYouType(database, self._new_search, lambda: self._custom_keys, self)
        self._typed.landed.connect(self._search_read)
        self._typed.failed.connect(self._fail)
        self._count = BackgroundCount(database, self._to_count, self)
        self._count.counted.connect(self._counted)
        self._count.failed.connect(self._fail)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def query(self) -> ClientQuery:
        return self._query

    @property
    def columns(self) -> list[ListColumn]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    @property
    def total(self) -> int:
        """Matching clients in all pages; while a large result is being counted, the rows read
        so far (see `counted`)."""
        return self._result.total if self._result is not None else 0

    @property
    def base_size(self) -> int | None:
        """The number of clients in the base, when the result shown is all of them and
        counted (so that nobody counts a million rows twice); else None."""
        result = self._result
        if result is None or result.count is None or not result.search.whole_base:
            return None
        return result.count

    @property
    def counted(self) -> bool:
        """False while a large search result is still being counted in the background."""
        return self._result is None or self._result.count is not None

    def _more_unread(self) -> bool:
        return self._result is not None and self._result.more_unread()

    @property
    def reads_in_windows(self) -> bool:
        """True when the result is too large to hold all its ids: they come window by window."""
        return self._result is not None and not self._result.search.materialized

    @property
    def page_size(self) -> int | None:
        return self._paging.size

    @property
    def page(self) -> int:
        return self._paging.page

    @property
    def page_count(self) -> int:
        return self._paging.page_count(self.total, self._more_unread())

    @property
    def offset(self) -> int:
        return self._paging.offset

    def set_query(self, query: ClientQuery) -> None:
        """Show another search/filter/sort result, from its first page."""
        self._query = query
        self._paging.page = 0
        self.refresh()

    def set_columns(self, columns: Sequence[ListColumn]) -> None:
        self.beginResetModel()
        self._take_columns(columns)
        if self._result is not None:
            self._result.set_custom_keys(self._custom_keys)
        self.endResetModel()

    def _take_columns(self, columns: Sequence[ListColumn]) -> None:
        self._columns = list(columns)
        self._keys = [c.key for c in self._columns]
        self._custom_keys = [k for k in self._keys if custom_field_key(k) is not None]

    def set_page_size(self, size: int | None) -> None:
        """Rows per page (10, 20, 100...), or None for continuous scrolling."""
        self.beginResetModel()
        self._paging.resize(size)
        self.endResetModel()

    def set_page(self, page: int) -> None:
        page = min(max(page, 0), self.page_count - 1)
        size = self._paging.size
        if page == self._paging.page or size is None:
            return
        self.beginResetModel()
        self._paging.page = page
        if self._result is not None and not self.counted:  # read as far as the page ends
            self._result.id_at(self.offset + size - 1)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the result again (after edits, imports, deletes), keeping the page if it
        still exists. A large search result shows its first rows at once and is counted in
        the background (`resultChanged` is emitted again with the count)."""
        self._typed.drop()  # what is read now replaces a background search still running
        search = self._new_search(self._query)
        try:
            with self._database.session() as session:
                search.prepare(session, count=False)
        except (CrmError, SQLAlchemyError) as exc:
            # the rows shown stay (a server away for a moment must not blank the list)
            self.error = None
            self._fail(exc)
            self.resultChanged.emit(self.total)
            return
        self.beginResetModel()
        self._generation += 1
        self.error = None
        self._result = LazyResult(self._database, search, self._custom_keys, self._fail)
        self._finish_reset()

    def _new_search(self, query: ClientQuery) -> ClientSearch:
        # made on the main thread: it reads what it needs of the viewer (an ORM object) here
        return ClientSearch(
            query,
            viewer=self._viewer,
            region=self._region,
            materialize_limit=self._materialize_limit,
        )

    def _finish_reset(self) -> None:
        """The end of a reset with a new result: the first screen, a later count."""
        if self._result is not None and not self.counted:
            self._result.id_at(self.offset + (self._paging.size or 1) - 1)  # the first screen
            # count once the first screen is painted, and only if the user stopped typing
            generation = self._generation
            QTimer.singleShot(COUNT_DELAY_MS, lambda: self._count_if_current(generation))
        self._paging.page = min(self._paging.page, self.page_count - 1)
        self.endResetModel()
        self.resultChanged.emit(self.total)

    # -- search as you type ---------------------------------------------------------------------
    def search_in_background(self, query: ClientQuery) -> None:
        """Show `query`'s result, from its first page, once a worker thread has read it."""
        if query == self._query:
            self._typed.drop()  # typed back to what is shown
        else:
            self._typed.ask(query)

    @property
    def searching(self) -> Operation[FirstScreen] | None:
        """The background search running now, if any."""
        return self._typed.operation

    @property
    def wanted_query(self) -> ClientQuery:
        """The query the list will show: a background search's, else the one shown."""
        return self._typed.wanted if self._typed.wanted is not None else self._query

    def _search_read(self, query: ClientQuery, screen: FirstScreen) -> None:
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._paging.page = 0
        self.error = None
        # rows read before the columns changed lack a new custom field: read again when shown
        self._result = LazyResult(
            self._database,
            screen.search,
            self._custom_keys,
            self._fail,
            first_block=screen.block,
            rows=screen.rows if screen.custom_keys == self._custom_keys else None,
        )
        self._finish_reset()
        self.searchLanded.emit()

    def _count_if_current(self, generation: int) -> None:
        if generation == self._generation and not self.counted:
            self._count.ask()

    def _to_count(self) -> tuple[ClientSearch, int] | None:
        if self._result is None or self.counted:
            return None
        return self._result.search, self._generation

    def _counted(self, generation: int, count: int) -> None:
        result = self._result
        if generation != self._generation or result is None or self.counted:
            return  # an older query's count
        before, after = self.rowCount(), self._paging.rows_shown(count)
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            result.search.count = count
            self.endInsertRows()
        else:
            result.search.count = count
        self.resultChanged.emit(count)

    @property
    def counting(self) -> Operation[int] | None:
        """The background count running now, if any."""
        return self._count.operation

    def forget_rows(self, client_ids: Iterable[int]) -> None:
        """Rows changed elsewhere (a card was saved): read them again when shown."""
        changed = self._result is not None and self._result.forget_rows(client_ids)
        if changed and self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # -- ids ------------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        """The client id at a row of the current page (None if it cannot be read)."""
        return self._result.id_at(self.offset + row) if self._result is not None else None

    def ids_of_rows(self, rows: Iterable[int]) -> list[int]:
        ids = (self.id_at(r) for r in sorted(set(rows)))
        return [i for i in ids if i is not None]

    def row_of_id(self, client_id: int) -> int | None:
        """The row of a client on the current page, if it was read already."""
        result = self._result
        for row in range(self.rowCount()):
            if (
                result
                and result.holds(self.offset + row, client_id)
                and self.id_at(row) == client_id
            ):
                return row
        return None

    def all_ids(self) -> list[int]:
        """Every id of the whole result, all pages (for actions on everything found)."""
        return self._result.all_ids() if self._result is not None else []

    def _row(self, row: int) -> ClientRow | None:
        client_id = self.id_at(row)
        if client_id is None or self._result is None:
            return None
        # fetched with its neighbours on screen in one go
        start = max(0, row - ROW_BATCH // 4)
        end = min(self.rowCount(), start + ROW_BATCH)
        return self._result.row(client_id, (self.id_at(r) for r in range(start, end)))

    def _fail(self, exc: Exception) -> None:
        message = failure_text(exc)
        if self.error is None:
            self.error = message
            self.loadFailed.emit(message)

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._result is None:
            return 0
        return self._paging.rows_shown(self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """While a large result is counted, continuous scrolling reads it block by block."""
        return not parent.isValid() and self._paging.size is None and self._more_unread()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._result is not None
        before = self._result.total
        block = self._result.read_next_block()
        if block:
            self.beginInsertRows(QModelIndex(), before, before + len(block) - 1)
            self._result.keep_next_block(block)
            self.endInsertRows()
        elif block is not None:
            self._result.keep_next_block(block)  # the end: nothing more to fetch

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(index.row())
            if row is None:
                return None
            key = self._keys[index.column()]
            return cell_text(row, key) if role == Qt.ItemDataRole.DisplayRole else tooltip(row, key)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return column_label(self._columns[section])
            return None
        return self.offset + section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._keys[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))
