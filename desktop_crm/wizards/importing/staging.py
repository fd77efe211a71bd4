"""PostgreSQL: rows sent with `COPY ... FROM STDIN` (psycopg's copy API) on the connection of
the session's own transaction, into a real table or into a temporary staging table that one
set-based statement then applies.

An update of thousands of clients as a pipelined executemany is one statement per row: each
parsed, planned and executed on its own. Staged, it is one COPY and one `UPDATE ... FROM`
that joins the staging table on the primary key. The staging tables are temporary (no WAL, no
other session sees them), made once per set of columns and dropped at commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def copy_rows(
    connection: Connection, target: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """COPY `rows` (tuples in the order of `columns`, in database form) into `target`."""
    dialect = connection.dialect
    driver: Any = connection.connection.driver_connection
    quote = dialect.identifier_preparer.quote
    sql = f"COPY {target} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    dbapi = dialect.loaded_dbapi
    try:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc


class Staging:
    """The staging tables of one import (or undo): one per table and set of columns."""

    def __init__(self) -> None:
        self._tables: dict[tuple[str, tuple[str, ...]], str] = {}
        self._secured: dict[str, bool] = {}  # table -> under row-level security

    def insert(
        self, connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Any]
    ) -> None:
        """COPY `rows` into `table`. The server refuses COPY FROM into a table under row-level
        security (a team base) for everyone but superusers, so such rows go through a staging
        table and one INSERT ... SELECT, which the policies check."""
        if not self._under_row_security(connection, table.name):
            copy_rows(connection, table.name, columns, rows)
            return
        stage = self._table(connection, table, columns)
        copy_rows(connection, stage, [f"s{i}" for i in range(len(columns))], rows)
        quote = connection.dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in columns)
        picked = ", ".join(f"s{i}" for i in range(len(columns)))
        connection.exec_driver_sql(
            f"INSERT INTO {table.name} ({names}) SELECT {picked} FROM {stage}"
        )

    def _under_row_security(self, connection: Connection, table: str) -> bool:
        if table not in self._secured:
            found = connection.exec_driver_sql(
                "SELECT relrowsecurity FROM pg_class WHERE oid = %(t)s::regclass", {"t": table}
            ).scalar()
            self._secured[table] = bool(found)
        return self._secured[table]

    def _table(self, connection: Connection, table: Table, columns: Sequence[str]) -> str:
        """A temporary table with columns s0, s1, ... typed as `table`'s `columns`, empty."""
        key = (table.name, tuple(columns))
        name = self._tables.get(key)
        quote = connection.dialect.identifier_preparer.quote
        if name is None:
            name = f"import_stage_{table.name}_{len(self._tables)}"
            picked = ", ".join(f"{quote(c)} AS s{i}" for i, c in enumerate(columns))
            # an earlier import of this transaction may have left one of that name
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS pg_temp.{name}")
            connection.exec_driver_sql(
                f"CREATE TEMPORARY TABLE {name} ON COMMIT DROP AS "
                f"SELECT {picked} FROM {table.name} WITH NO DATA"
            )
            self._tables[key] = name
        else:
            connection.exec_driver_sql(f"TRUNCATE {name}")
        return name

    def update(
        self,
        connection: Connection,
        table: Table,
        lead: Sequence[str],
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
    ) -> int:
        """UPDATE `table` SET `columns` FROM the staged `rows` (`(key, [check,] *values)`),
        joined on the key and, when `lead` has a second column, on that one too (an
        optimistic lock); returns how many rows were updated."""
        names = [*lead, *columns]
        stage = self._table(connection, table, names)
        copy_rows(connection, stage, [f"s{i}" for i in range(len(names))], rows)
        quote = connection.dialect.identifier_preparer.quote
        sets = ", ".join(f"{quote(c)} = s.s{i + len(lead)}" for i, c in enumerate(columns))
        where = " AND ".join(f"t.{quote(c)} = s.s{i}" for i, c in enumerate(lead))
        result = connection.exec_driver_sql(
            f"UPDATE {table.name} AS t SET {sets} FROM {stage} AS s WHERE {where}"
        )
        return result.rowcount
