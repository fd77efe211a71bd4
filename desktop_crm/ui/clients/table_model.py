"""The client list's model: lazy, ids first (STYLE.md practice 4, Anki's browser table).

The database filters, sorts and counts (`services/search.py`). The model keeps the count, reads
ids in blocks as rows come into view and fetches those rows by id into a small cache, so
`data()` is a dictionary lookup and a million clients cost what one screen costs. In page mode
(10/20/100 per page) the model shows one page; in continuous mode every row, read as the user
scrolls.

Search as you type runs on a worker thread (`search_in_background`): the list keeps showing
the previous result and the box stays responsive while the database looks; the result and its
first screen of rows land together, and of the queries typed meanwhile only the newest runs.

Signals: `resultChanged(int)` with the number of matching clients after every new query or
refresh; `searchLanded()` after a background search was shown; `loadFailed(str)` when the
database could not be read (the list says so instead of raising inside a paint).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.models import User
from desktop_crm.services.client_rows import CUSTOM_PREFIX, ClientRow, ListColumn, fetch_rows
from desktop_crm.services.phones import format_phone
from desktop_crm.services.search import MATERIALIZE_LIMIT, ClientQuery, ClientSearch
from desktop_crm.ui.error_words import error_message
from desktop_crm.ui.workers import Operation, run_task

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the client id of a row
ID_BLOCK = 200  # ids read per window
ROW_BATCH = 40  # rows fetched per query around the one asked for: a screen and more
ROW_CACHE = 3000  # rows kept
NEVER = 10**9  # ms: a background count shows no progress dialog
COUNT_DELAY_MS = 150  # a large result is counted this long after its first screen

Index = QModelIndex | QPersistentModelIndex

# The English of client_rows.COLUMNS and of stored codes, marked for the translation tools.
_LABELS = (
    QT_TRANSLATE_NOOP("ClientColumns", "Name"),
    QT_TRANSLATE_NOOP("ClientColumns", "Phone"),
    QT_TRANSLATE_NOOP("ClientColumns", "Email"),
    QT_TRANSLATE_NOOP("ClientColumns", "Company"),
    QT_TRANSLATE_NOOP("ClientColumns", "Stage"),
    QT_TRANSLATE_NOOP("ClientColumns", "Tags"),
    QT_TRANSLATE_NOOP("ClientColumns", "Responsible"),
    QT_TRANSLATE_NOOP("ClientColumns", "Group"),
    QT_TRANSLATE_NOOP("ClientColumns", "Kind"),
    QT_TRANSLATE_NOOP("ClientColumns", "Queue"),
    QT_TRANSLATE_NOOP("ClientColumns", "Position"),
    QT_TRANSLATE_NOOP("ClientColumns", "Birth date"),
    QT_TRANSLATE_NOOP("ClientColumns", "Address"),
    QT_TRANSLATE_NOOP("ClientColumns", "Website"),
    QT_TRANSLATE_NOOP("ClientColumns", "Created"),
    QT_TRANSLATE_NOOP("ClientColumns", "Changed"),
)
STAGE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("ClientColumns", "Lead"),
    "client": QT_TRANSLATE_NOOP("ClientColumns", "Client"),
}
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("ClientColumns", "Person"),
    "company": QT_TRANSLATE_NOOP("ClientColumns", "Company"),
}


def column_label(column: ListColumn) -> str:
    if column.key.startswith(CUSTOM_PREFIX):
        return column.label  # the admin's own words
    return QCoreApplication.translate("ClientColumns", column.label)


@dataclass(frozen=True)
class _FirstScreen:
    """A search prepared on a worker thread, with its first block of ids and their rows."""

    search: ClientSearch
    block: list[int]
    rows: dict[int, ClientRow]
    custom_keys: list[str]  # the custom fields the rows hold


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
        self._columns = list(columns)
        self._keys = [c.key for c in self._columns]
        self._custom_keys = [k for k in self._keys if k.startswith(CUSTOM_PREFIX)]
        self._viewer = viewer
        self._region = region
        self._materialize_limit = materialize_limit
        self._query = ClientQuery()
        self._search: ClientSearch | None = None
        self._blocks: dict[int, list[int]] = {}
        self._rows: OrderedDict[int, ClientRow] = OrderedDict()
        self._page_size: int | None = None  # None: continuous scrolling
        self._page = 0
        self._generation = 0  # bumped by every refresh: a late count of an old query is dropped
        self._counting: Operation[int] | None = None
        self._count_wanted = False  # a count was asked for while another still ran
        self._searching: Operation[_FirstScreen] | None = None  # a background search
        self._wanted: ClientQuery | None = None  # the newest query typed, not shown yet
        self.error: str | None = None

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
        if self._search is None:
            return 0
        return self._search.count if self._search.count is not None else self._known()

    @property
    def base_size(self) -> int | None:
        """The number of clients in the base, when the result shown is all of them and
        counted (so that nobody counts a million rows twice); else None."""
        search = self._search
        if search is None or search.count is None or not search.whole_base:
            return None
        return search.count

    @property
    def counted(self) -> bool:
        """False while a large search result is still being counted in the background."""
        return self._search is None or self._search.count is not None

    def _known(self) -> int:
        """Rows read so far of a result not yet counted: the ids of the blocks from the
        start on."""
        known = 0
        number = 0
        while (block := self._blocks.get(number)) is not None:
            known += len(block)
            if len(block) < ID_BLOCK:
                break
            number += 1
        return known

    def _more_unread(self) -> bool:
        if self._search is None or self._search.count is not None:
            return False
        known = self._known()
        return known > 0 and known % ID_BLOCK == 0

    @property
    def reads_in_windows(self) -> bool:
        """True when the result is too large to hold all its ids: they come window by window."""
        return self._search is not None and not self._search.materialized

    @property
    def page_size(self) -> int | None:
        return self._page_size

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        """Pages of the result (while it is being counted: those read, and one more)."""
        if self._page_size is None:
            return 1
        pages = max(1, math.ceil(self.total / self._page_size))
        return pages + 1 if self._more_unread() else pages

    @property
    def offset(self) -> int:
        return 0 if self._page_size is None else self._page * self._page_size

    def set_query(self, query: ClientQuery) -> None:
        """Show another search/filter/sort result, from its first page."""
        self._query = query
        self._page = 0
        self.refresh()

    def set_columns(self, columns: Sequence[ListColumn]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._keys = [c.key for c in self._columns]
        self._custom_keys = [k for k in self._keys if k.startswith(CUSTOM_PREFIX)]
        self._rows.clear()
        self.endResetModel()

    def set_page_size(self, size: int | None) -> None:
        """Rows per page (10, 20, 100...), or None for continuous scrolling."""
        first = self.offset
        self.beginResetModel()
        self._page_size = size
        self._page = first // size if size else 0
        self.endResetModel()

    def set_page(self, page: int) -> None:
        page = min(max(page, 0), self.page_count - 1)
        if page == self._page or self._page_size is None:
            return
        self.beginResetModel()
        self._page = page
        if not self.counted:  # read as far as the page ends
            self._id_at_absolute(self.offset + self._page_size - 1)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the result again (after edits, imports, deletes), keeping the page if it
        still exists. A large search result shows its first rows at once and is counted in
        the background (`resultChanged` is emitted again with the count)."""
        self._wanted = None  # what is read now replaces a background search still running
        self.beginResetModel()
        self._generation += 1
        self._blocks.clear()
        self._rows.clear()
        self.error = None
        search = self._new_search(self._query)
        try:
            with self._database.session() as session:
                self._search = search.prepare(session, count=False)
        except (CrmError, SQLAlchemyError) as exc:
            self._search = None
            self._fail(exc)
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
        """The end of a reset with a new `_search`: the first screen, a later count."""
        if not self.counted:
            self._id_at_absolute(self.offset + (self._page_size or 1) - 1)  # the first screen
            # count once the first screen is painted, and only if the user stopped typing
            generation = self._generation
            QTimer.singleShot(COUNT_DELAY_MS, lambda: self._count_if_current(generation))
        self._page = min(self._page, self.page_count - 1)
        self.endResetModel()
        self.resultChanged.emit(self.total)

    # -- search as you type ---------------------------------------------------------------------
    def search_in_background(self, query: ClientQuery) -> None:
        """Show `query`'s result, from its first page, once a worker thread has read it."""
        if query == self._query:
            self._wanted = None  # typed back to what is shown
            return
        self._wanted = query
        if self._searching is None:
            self._start_search(query)

    @property
    def searching(self) -> Operation[_FirstScreen] | None:
        """The background search running now, if any."""
        return self._searching

    @property
    def wanted_query(self) -> ClientQuery:
        """The query the list will show: a background search's, else the one shown."""
        return self._wanted if self._wanted is not None else self._query

    def _start_search(self, query: ClientQuery) -> None:
        search, database, custom_keys = self._new_search(query), self._database, self._custom_keys

        def read(_progress: object, _cancelled: object) -> _FirstScreen:
            with database.session() as session:
                search.prepare(session, count=False)
                block = search.window(session, 0, ID_BLOCK)
                rows = fetch_rows(session, block[:ROW_BATCH], custom_keys)
            return _FirstScreen(search, block, rows, custom_keys)

        def done() -> None:
            if not shiboken6.isValid(self):
                return  # the list was closed while the worker read
            self._searching = None
            if self._wanted is not None and self._wanted != query:
                self._start_search(self._wanted)  # typed on meanwhile: the newest text

        self._searching = run_task(
            None,
            read,
            on_success=lambda screen: shiboken6.isValid(self) and self._search_read(query, screen),
            on_failure=lambda exc: shiboken6.isValid(self) and self._search_failed(query, exc),
            progress_delay_ms=NEVER,
            cancellable=False,
        )
        self._searching.finished.connect(done)

    def _search_read(self, query: ClientQuery, screen: _FirstScreen) -> None:
        if query != self._wanted:
            return  # typed on, or a filter, sort or refresh came in between
        self._wanted = None
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._page = 0
        self.error = None
        self._search = screen.search
        self._blocks = {0: screen.block}
        # rows read before the columns changed lack a new custom field: read again when shown
        self._rows = OrderedDict(screen.rows if screen.custom_keys == self._custom_keys else {})
        self._finish_reset()
        self.searchLanded.emit()

    def _search_failed(self, query: ClientQuery, exc: BaseException) -> None:
        if query == self._wanted:
            self._wanted = None
            if isinstance(exc, Exception):
                self._fail(exc)

    def _count_if_current(self, generation: int) -> None:
        if generation == self._generation and not self.counted:
            self._count_later()

    def _count_later(self) -> None:
        """Count the current result on a worker thread (one count at a time)."""
        if self._counting is not None:
            self._count_wanted = True
            return
        search, generation, database = self._search, self._generation, self._database
        assert search is not None

        def count(_progress: object, _cancelled: object) -> int:
            with database.session() as session:
                return search.count_all(session)

        def done() -> None:
            self._counting = None
            if self._count_wanted:
                self._count_wanted = False
                if not self.counted:
                    self._count_later()

        self._counting = run_task(
            None,
            count,
            on_success=lambda n: self._counted(generation, int(n)),
            on_failure=lambda exc: self._fail(exc) if isinstance(exc, Exception) else None,
            progress_delay_ms=NEVER,
            cancellable=False,
        )
        self._counting.finished.connect(done)

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation or self._search is None or self.counted:
            return  # an older query's count
        before = self.rowCount()
        if self._page_size is None:
            after = count
        else:
            after = max(0, min(self._page_size, count - self.offset))
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self._search.count = count
            self.endInsertRows()
        else:
            self._search.count = count
        self.resultChanged.emit(count)

    @property
    def counting(self) -> Operation[int] | None:
        """The background count running now, if any."""
        return self._counting

    def forget_rows(self, client_ids: Iterable[int]) -> None:
        """Rows changed elsewhere (a card was saved): read them again when shown."""
        changed = False
        for client_id in client_ids:
            changed |= self._rows.pop(client_id, None) is not None
        if changed and self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # -- ids ------------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        """The client id at a row of the current page (None if it cannot be read)."""
        return self._id_at_absolute(self.offset + row)

    def ids_of_rows(self, rows: Iterable[int]) -> list[int]:
        ids = (self.id_at(r) for r in sorted(set(rows)))
        return [i for i in ids if i is not None]

    def row_of_id(self, client_id: int) -> int | None:
        """The row of a client on the current page, if it was read already."""
        for row in range(self.rowCount()):
            block = self._blocks.get((self.offset + row) // ID_BLOCK)
            if block is not None and client_id in block and self.id_at(row) == client_id:
                return row
        return None

    def all_ids(self) -> list[int]:
        """Every id of the whole result, all pages (for actions on everything found)."""
        if self._search is None:
            return []
        with self._database.session() as session:
            return self._search.all_ids(session)

    def _id_at_absolute(self, position: int) -> int | None:
        if self._search is None or position < 0:
            return None
        if self._search.count is not None and position >= self._search.count:
            return None
        number, at = divmod(position, ID_BLOCK)
        if self._search.count is None:  # uncounted: read the blocks in order up to it
            for earlier in range(number):
                if earlier not in self._blocks:
                    block = self._read_block(earlier)
                    if block is None:
                        return None
                    self._blocks[earlier] = block
                if len(self._blocks[earlier]) < ID_BLOCK:
                    return None  # the result ends before this row
        block = self._blocks.get(number)
        if block is None:
            block = self._read_block(number)
            if block is None:
                return None
            self._blocks[number] = block
        return block[at] if at < len(block) else None

    def _read_block(self, number: int) -> list[int] | None:
        assert self._search is not None
        try:
            with self._database.session() as session:
                return self._search.window(session, number * ID_BLOCK, ID_BLOCK)
        except (CrmError, SQLAlchemyError) as exc:
            self._fail(exc)
            return None

    def _row(self, row: int) -> ClientRow | None:
        client_id = self.id_at(row)
        if client_id is None:
            return None
        cached = self._rows.get(client_id)
        if cached is not None:
            return cached
        # fetch this row and its neighbours on screen in one go
        start = max(0, row - ROW_BATCH // 4)
        end = min(self.rowCount(), start + ROW_BATCH)
        wanted = [i for i in (self.id_at(r) for r in range(start, end)) if i is not None]
        wanted = [i for i in wanted if i not in self._rows] or [client_id]
        try:
            with self._database.session() as session:
                fetched = fetch_rows(session, wanted, self._custom_keys)
        except (CrmError, SQLAlchemyError) as exc:
            self._fail(exc)
            return None
        self._rows.update(fetched)
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)
        return fetched.get(client_id)

    def _fail(self, exc: Exception) -> None:
        message = error_message(exc) if isinstance(exc, CrmError) else str(exc).splitlines()[0]
        if self.error is None:
            self.error = message
            self.loadFailed.emit(message)

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._search is None:
            return 0
        if self._page_size is None:
            return self.total
        return max(0, min(self._page_size, self.total - self.offset))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """While a large result is counted, continuous scrolling reads it block by block."""
        return not parent.isValid() and self._page_size is None and self._more_unread()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        before = self._known()
        number = before // ID_BLOCK
        block = self._read_block(number)
        if block:
            self.beginInsertRows(QModelIndex(), before, before + len(block) - 1)
            self._blocks[number] = block
            self.endInsertRows()
        elif block is not None:
            self._blocks[number] = block  # the end: nothing more to fetch

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._row(index.row())
            if row is None:
                return None
            key = self._keys[index.column()]
            if key == "stage":
                return QCoreApplication.translate("ClientColumns", STAGE_LABELS.get(row.stage, ""))
            if key == "kind":
                return QCoreApplication.translate("ClientColumns", KIND_LABELS.get(row.kind, ""))
            return row.values.get(key, "")
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self._row(index.row())
            if row is None:
                return None
            key = self._keys[index.column()]
            if key == "phone" and len(row.phones) > 1:
                return "\n".join(format_phone(p) for p in row.phones)
            if key == "email" and len(row.emails) > 1:
                return "\n".join(row.emails)
            text = row.values.get(key, "")
            return text if len(text) > 30 else None
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
