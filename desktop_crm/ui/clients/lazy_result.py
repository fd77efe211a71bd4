"""One search result of the client list, read lazily (STYLE.md practice 4): ids in blocks as
positions are asked for, rows fetched by id into a small cache. A result too large to count at
once is read block by block from its start until the count arrives (`known`, `more_unread`)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from desktop_crm.db import Database
from desktop_crm.errors import CrmError
from desktop_crm.services.client_rows import ClientRow, fetch_rows
from desktop_crm.services.search import ClientSearch

ID_BLOCK = 200  # ids read per window
ROW_BATCH = 40  # rows fetched per query around the one asked for: a screen and more
ROW_CACHE = 3000  # rows kept


class LazyResult:
    """`search`'s ids and rows; a read that fails goes to `on_error` and reads as None."""

    def __init__(
        self,
        database: Database,
        search: ClientSearch,
        custom_keys: Sequence[str],
        on_error: Callable[[Exception], None],
        *,
        first_block: list[int] | None = None,
        rows: dict[int, ClientRow] | None = None,
    ) -> None:
        self.search = search
        self._database = database
        self._custom_keys = list(custom_keys)
        self._on_error = on_error
        self._blocks: dict[int, list[int]] = {0: first_block} if first_block is not None else {}
        self._rows: OrderedDict[int, ClientRow] = OrderedDict(rows or {})

    @property
    def count(self) -> int | None:
        return self.search.count

    @property
    def total(self) -> int:
        """The count, or while it is unknown the rows read so far."""
        return self.search.count if self.search.count is not None else self.known()

    def known(self) -> int:
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

    def more_unread(self) -> bool:
        if self.search.count is not None:
            return False
        known = self.known()
        return known > 0 and known % ID_BLOCK == 0

    def set_custom_keys(self, custom_keys: Sequence[str]) -> None:
        """Other columns: the cached rows lack a new custom field, so they are read again."""
        self._custom_keys = list(custom_keys)
        self._rows.clear()

    def forget_rows(self, client_ids: Iterable[int]) -> bool:
        """Read these rows again when shown; True if any was cached."""
        changed = False
        for client_id in client_ids:
            changed |= self._rows.pop(client_id, None) is not None
        return changed

    def holds(self, position: int, client_id: int) -> bool:
        """Whether the block of `position`, read already, holds `client_id`."""
        block = self._blocks.get(position // ID_BLOCK)
        return block is not None and client_id in block

    def id_at(self, position: int) -> int | None:
        if position < 0 or (self.search.count is not None and position >= self.search.count):
            return None
        number, at = divmod(position, ID_BLOCK)
        if self.search.count is None:  # uncounted: read the blocks in order up to it
            for earlier in range(number):
                if self._block(earlier) is None or len(self._blocks[earlier]) < ID_BLOCK:
                    return None  # unreadable, or the result ends before this row
        block = self._block(number)
        return block[at] if block is not None and at < len(block) else None

    def read_next_block(self) -> list[int] | None:
        """The ids after those known (continuous scrolling of an uncounted result), empty at
        the end; kept only by `keep_next_block`, so that a model can announce them first."""
        return self._read(self.known() // ID_BLOCK)

    def keep_next_block(self, block: list[int]) -> None:
        self._blocks[self.known() // ID_BLOCK] = block

    def _block(self, number: int) -> list[int] | None:
        block = self._blocks.get(number)
        if block is None:
            block = self._read(number)
            if block is not None:
                self._blocks[number] = block
        return block

    def _read(self, number: int) -> list[int] | None:
        try:
            with self._database.session() as session:
                return self.search.window(session, number * ID_BLOCK, ID_BLOCK)
        except (CrmError, SQLAlchemyError) as exc:
            self._on_error(exc)
            return None

    def row(self, client_id: int, neighbours: Iterable[int | None]) -> ClientRow | None:
        """The row of `client_id`, fetched from the base with the `neighbours` on screen that
        are not cached yet."""
        cached = self._rows.get(client_id)
        if cached is not None:
            return cached
        wanted = [i for i in neighbours if i is not None and i not in self._rows] or [client_id]
        try:
            with self._database.session() as session:
                fetched = fetch_rows(session, wanted, self._custom_keys)
        except (CrmError, SQLAlchemyError) as exc:
            self._on_error(exc)
            return None
        self._rows.update(fetched)
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)
        return fetched.get(client_id)

    def all_ids(self) -> list[int]:
        with self._database.session() as session:
            return self.search.all_ids(session)
