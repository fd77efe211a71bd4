"""Rows of the interaction store written in bulk: PostgreSQL through COPY, SQLite through
SQLAlchemy's many-row INSERT ... RETURNING.

On PostgreSQL SQLAlchemy sends a batch as one INSERT with a thousand rows of placeholders, and
psycopg parses that statement's text anew each time (it caches only short ones): half a
millisecond a message, more than reading it. COPY sends plain rows; the new ids are then read
back by their unique external ids in one SELECT."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, Table, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def _copy(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    columns = list(rows[0])
    json_columns = {c for c in columns if isinstance(table.c[c].type, JSON)}
    driver: Any = session.connection().connection.driver_connection
    sql = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    dbapi = session.get_bind().dialect.loaded_dbapi
    try:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(
                    [
                        json.dumps(row[c], ensure_ascii=False)
                        if c in json_columns and row[c] is not None
                        else row[c]
                        for c in columns
                    ]
                )
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], key: str
) -> list[int]:
    """Insert `rows` into `table`; their new ids in the order of `rows` (`key`: a unique
    column every row fills)."""
    if session.get_bind().dialect.name != "postgresql":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, rows).scalars())
    _copy(session, table, rows)
    keys = [row[key] for row in rows]
    query = select(table.c[key], table.c.id).where(table.c[key].in_(keys))
    found: dict[Any, int] = {k: i for k, i in session.execute(query).tuples()}
    return [found[k] for k in keys]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        _copy(session, table, rows)
    else:
        session.execute(insert(table), rows)
