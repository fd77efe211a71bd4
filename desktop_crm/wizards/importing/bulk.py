"""Bulk inserts and updates through the connection of the session's own transaction, with rows
as plain tuples (no per-row SQLAlchemy parameter handling), so a cancel or an error still rolls
everything back.

SQLite: many rows per INSERT (`VALUES (...), (...), ...`) instead of one statement per row.
Besides saving the per-statement work, this keeps the search index cheap: the FTS5 tables of
revision 0002 are filled by triggers, and FTS5 writes its pending terms out at every statement
boundary inside a transaction, so row-by-row statements (executemany) made a client insert four
to six times slower than the same rows in a few statements (measured on a base of 200,000).
The triggers still fire for every row: the index is never out of step. Updates use
`UPDATE ... FROM (VALUES ...)` for the same reason.
PostgreSQL: `COPY ... FROM STDIN` for inserts; updates COPY into a staging table and apply
in one `UPDATE ... FROM` (see `staging`).

Values go through the column types' own bind processors (dates, datetimes, booleans, JSON), so
they are stored exactly as a Core or ORM write would store them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import chain
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop_crm.wizards.importing.staging import Staging

Processor = Callable[[Any], Any]
ProcessorsKey = tuple[str, tuple[str, ...], tuple[str, ...]]
MAX_ROWS_PER_STATEMENT = 2048  # a power of two, see _chunks; larger ones stop paying off
SQLITE_UPDATE_FROM = (3, 33, 0)  # first SQLite with UPDATE ... FROM
IMPORT_CACHE_KIB = 64 * 1024


class Bulk:
    """Bulk writes for one import; built once, used for every batch."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.sqlite = self.dialect.name == "sqlite"
        self.postgresql = self.dialect.name == "postgresql"
        # (table, columns, ready columns) -> the bind processors to apply, by column index
        self._processors: dict[ProcessorsKey, list[tuple[int, Processor]]] = {}
        self._sql: dict[tuple[Any, ...], str] = {}
        self._max_variables: int | None = None
        self._staging = Staging()

    def _connection(self) -> Connection:
        return self.session.connection()

    def _prepared(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        ready: Collection[str] = (),
    ) -> Sequence[Sequence[Any]]:
        """Rows with the types' bind processors applied, except to the `ready` columns (values
        the caller converted already, see `db_value` and `json`); a new list only when needed."""
        key = (table.name, tuple(columns), tuple(sorted(ready)))
        processors = self._processors.get(key)
        if processors is None:
            processors = []
            for index, name in enumerate(columns):
                process = table.c[name].type._cached_bind_processor(self.dialect)
                if process is not None and name not in ready:
                    processors.append((index, process))
            self._processors[key] = processors
        if not processors:
            return rows
        out = []
        for row in rows:
            values = list(row)
            for index, convert in processors:
                value = values[index]
                if value is not None:
                    values[index] = convert(value)
            out.append(values)
        return out

    def db_value(self, table: Table, column: str, value: Any) -> Any:
        """`value` as the column's type binds it: for a value repeated on every row (a time)."""
        process = table.c[column].type._cached_bind_processor(self.dialect)
        return value if process is None or value is None else process(value)

    def json(self, value: Any) -> str | None:
        """JSON text the way the engine's JSON type writes it (its serializer); usable as a
        `ready` value on both databases."""
        if value is None:
            return None
        serializer = getattr(self.dialect, "_json_serializer", None) or json.dumps
        return serializer(value)

    def _rows_per_statement(self, width: int) -> int:
        if self._max_variables is None:
            driver: Any = self._connection().connection.driver_connection  # the DBAPI connection
            try:
                self._max_variables = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
            except (AttributeError, sqlite3.Error):
                self._max_variables = 999  # the historical default
        return max(1, min(MAX_ROWS_PER_STATEMENT, self._max_variables // max(1, width)))

    # -- insert -------------------------------------------------------------------------------
    def insert(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        ready: Collection[str] = (),
    ) -> None:
        """INSERT `rows` (tuples in the order of `columns`) into `table`; values of the `ready`
        columns are in database form already."""
        if not rows:
            return
        rows = self._prepared(table, columns, rows, ready)
        if self.postgresql:
            self._staging.insert(self._connection(), table, columns, rows)
            return
        connection = self._connection()
        names = ", ".join(self.dialect.identifier_preparer.quote(c) for c in columns)
        if not self.sqlite:
            one_row = (
                f"INSERT INTO {table.name} ({names}) VALUES ({', '.join(['?'] * len(columns))})"
            )
            connection.exec_driver_sql(
                one_row.replace("?", "%s") if self._format() else one_row, rows
            )
            return
        per = self._rows_per_statement(len(columns))
        one = "(" + ", ".join(["?"] * len(columns)) + ")"
        for chunk in _chunks(rows, per):
            key = ("insert", table.name, tuple(columns), len(chunk))
            sql = self._sql.get(key)
            if sql is None:
                sql = f"INSERT INTO {table.name} ({names}) VALUES " + ", ".join([one] * len(chunk))
                self._sql[key] = sql
            connection.exec_driver_sql(sql, tuple(chain.from_iterable(chunk)))

    def _format(self) -> bool:
        return self.dialect.paramstyle in ("format", "pyformat")

    # -- update -------------------------------------------------------------------------------
    def update(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        key: str = "id",
        check: str | None = None,
    ) -> int:
        """UPDATE `table` SET `columns` for each row `(key, [check,] *values)`; with `check`,
        only where that column still holds the given value (an optimistic lock). Returns how
        many rows were updated."""
        if not rows:
            return 0
        lead = [key] + ([check] if check else [])
        rows = self._prepared(table, [*lead, *columns], rows)
        connection = self._connection()
        if self.postgresql:
            return self._staging.update(connection, table, lead, columns, rows)
        quote = self.dialect.identifier_preparer.quote
        if self.sqlite and sqlite3.sqlite_version_info >= SQLITE_UPDATE_FROM:
            width = len(lead) + len(columns)
            per = self._rows_per_statement(width)
            one = "(" + ", ".join(["?"] * width) + ")"
            sets = ", ".join(
                f"{quote(c)} = v.column{i + len(lead) + 1}" for i, c in enumerate(columns)
            )
            where = f"{table.name}.{quote(key)} = v.column1"
            if check:
                where += f" AND {table.name}.{quote(check)} = v.column2"
            count = 0
            for chunk in _chunks(rows, per):
                sql = (
                    f"UPDATE {table.name} SET {sets} FROM (VALUES {', '.join([one] * len(chunk))})"
                    f" AS v WHERE {where}"
                )
                result = connection.exec_driver_sql(sql, tuple(chain.from_iterable(chunk)))
                count += result.rowcount
            return count
        mark = "%s" if self._format() else "?"
        sets = ", ".join(f"{quote(c)} = {mark}" for c in columns)
        where = f"{quote(key)} = {mark}" + (f" AND {quote(check)} = {mark}" if check else "")
        sql = f"UPDATE {table.name} SET {sets} WHERE {where}"
        params = [(*row[len(lead) :], *row[: len(lead)]) for row in rows]
        result = connection.exec_driver_sql(sql, params)
        return result.rowcount if result.rowcount >= 0 else len(rows)


def _chunks(rows: Sequence[Any], per: int) -> Iterator[Sequence[Any]]:
    """`rows` in statements of `per` rows, the rest in power-of-two pieces (1000 rows: 512,
    256, 128, 64, 32, 8). The driver keeps prepared statements by their text, and one for
    thousands of parameters is large: a few sizes only keep that cache small."""
    start, total = 0, len(rows)
    while total - start >= per:
        yield rows[start : start + per]
        start += per
    piece = 1 << max(0, (total - start).bit_length() - 1)
    while start < total:
        if total - start >= piece:
            yield rows[start : start + piece]
            start += piece
        piece >>= 1


@contextmanager
def larger_page_cache(session: Session, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """SQLite: a page cache of `kib` KiB for the connection while an import writes (the
    default is 2 MiB). Rows land at random places of the name and phone indexes; with the small
    cache most of those pages are read again and written to the WAL more than once inside the
    one transaction. The previous size comes back afterwards: the pool reuses the connection."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        # on a broken connection the error that broke it is the one to see, not this one's
        with suppress(SQLAlchemyError):
            session.connection().exec_driver_sql(
                f"PRAGMA cache_size = {int(before) if before is not None else -2000}"
            )


def ensure_planner_statistics(session: Session, tables: Sequence[str]) -> None:
    """PostgreSQL: ANALYZE `tables` that were never analyzed (a base just filled, before
    autovacuum came by). Without statistics the planner reads a batch's thousand-key lookup as
    "scan every phone", about 70 ms instead of a few; with them it walks the index."""
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    for table in tables:
        never = connection.exec_driver_sql(
            "SELECT reltuples < 0 FROM pg_class WHERE oid = to_regclass(%s)", (table,)
        ).scalar()
        if never:
            connection.exec_driver_sql(f"ANALYZE {table}")
