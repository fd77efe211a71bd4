"""What the client list reads on worker threads: a typed query's first screen, and the count of
a large result. One of each runs at a time; what is asked for meanwhile runs after it, and of
the queries typed meanwhile only the newest.

Both belong to a model that may be closed while the worker reads: they are its children, and a
result that comes back after it is gone is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop_crm.db import Database
from desktop_crm.services.client_rows import ClientRow, fetch_rows
from desktop_crm.services.search import ClientQuery, ClientSearch
from desktop_crm.ui.clients.lazy_result import ID_BLOCK, ROW_BATCH
from desktop_crm.ui.workers import Operation, run_task

T = TypeVar("T")


def while_alive(owner: QObject, callback: Callable[[T], object]) -> Callable[[T], None]:
    """`callback`, called only while `owner` exists: a result that comes back after it is
    gone is dropped."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


@dataclass(frozen=True)
class FirstScreen:
    """A search prepared on a worker thread, with its first block of ids and their rows."""

    search: ClientSearch
    block: list[int]
    rows: dict[int, ClientRow]
    custom_keys: list[str]  # the custom fields the rows hold


class SearchAsYouType(QObject):
    """Signals: `landed(query, FirstScreen)` when the newest query asked for was read;
    `failed(Exception)` when it could not be."""

    landed = Signal(object, object)
    failed = Signal(object)

    def __init__(
        self,
        database: Database,
        new_search: Callable[[ClientQuery], ClientSearch],
        custom_keys: Callable[[], list[str]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._new_search = new_search
        self._custom_keys = custom_keys
        self.operation: Operation[FirstScreen] | None = None  # running now
        self.wanted: ClientQuery | None = None  # the newest query asked for, not landed yet

    def ask(self, query: ClientQuery) -> None:
        self.wanted = query
        if self.operation is None:
            self._start(query)

    def drop(self) -> None:
        """What is shown now replaces the query asked for (typed back, or a refresh)."""
        self.wanted = None

    def _start(self, query: ClientQuery) -> None:
        search, database, custom_keys = self._new_search(query), self._database, self._custom_keys()

        def read(_progress: object, _cancelled: object) -> FirstScreen:
            with database.session() as session:
                search.prepare(session, count=False)
                block = search.window(session, 0, ID_BLOCK)
                rows = fetch_rows(session, block[:ROW_BATCH], custom_keys)
            return FirstScreen(search, block, rows, custom_keys)

        def done() -> None:
            if not shiboken6.isValid(self):
                return  # the list was closed while the worker read
            self.operation = None
            if self.wanted is not None and self.wanted != query:
                self._start(self.wanted)  # typed on meanwhile: the newest text

        self.operation = run_task(
            None,
            read,
            on_success=while_alive(self, lambda screen: self._read(query, screen)),
            on_failure=while_alive(self, lambda exc: self._failed(query, exc)),
        )
        self.operation.finished.connect(done)

    def _read(self, query: ClientQuery, screen: FirstScreen) -> None:
        if query == self.wanted:  # else typed on, or a filter, sort or refresh came in between
            self.wanted = None
            self.landed.emit(query, screen)

    def _failed(self, query: ClientQuery, exc: BaseException) -> None:
        if query == self.wanted:
            self.wanted = None
            if isinstance(exc, Exception):
                self.failed.emit(exc)


class BackgroundCount(QObject):
    """Counts the result `current()` names (its search and generation; None: nothing to
    count). Signals: `counted(generation, count)`, `failed(Exception)`."""

    counted = Signal(int, int)
    failed = Signal(object)

    def __init__(
        self,
        database: Database,
        current: Callable[[], tuple[ClientSearch, int] | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._current = current
        self.operation: Operation[int] | None = None  # running now
        self._again = False  # a count was asked for while another still ran

    def ask(self) -> None:
        if self.operation is not None:
            self._again = True
            return
        current, database = self._current(), self._database
        if current is None:
            return
        search, generation = current

        def count(_progress: object, _cancelled: object) -> int:
            with database.session() as session:
                return search.count_all(session)

        def done() -> None:
            if not shiboken6.isValid(self):
                return
            self.operation = None
            if self._again:
                self._again = False
                self.ask()

        self.operation = run_task(
            None,
            count,
            on_success=while_alive(self, lambda n: self.counted.emit(generation, int(n))),
            on_failure=while_alive(self, self._count_failed),
        )
        self.operation.finished.connect(done)

    def _count_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Exception):
            self.failed.emit(exc)
