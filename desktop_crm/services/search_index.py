"""Upkeep of the SQLite search index (FTS5 tables of revision 0002); PostgreSQL's pg_trgm
indexes keep themselves."""

from __future__ import annotations

from sqlalchemy.orm import Session


def rebuild_search_index(session: Session) -> None:
    """Index every client again (SQLite), e.g. after rows were written with triggers off."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection()
    for name in ("fts_client_names", "fts_contact_points"):
        connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('rebuild')")


def check_search_index(session: Session) -> None:
    """Raise if the SQLite search index disagrees with the tables (FTS5 integrity-check)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection()
    for name in ("fts_client_names", "fts_contact_points"):
        connection.exec_driver_sql(
            f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)"
        )
