"""One answer to "did the database server go away?" (desktop_crm.connection_loss), from real
errors: a PostgreSQL port nobody listens on, a SQLite file that is not a database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_cluster import free_port
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from desktop_crm.connection_loss import is_connection_lost, lost_connection_error
from desktop_crm.db import make_engine
from desktop_crm.errors import Code, CrmError, DatabaseError, NotFound


def refused() -> DBAPIError:
    engine = make_engine(f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/crm")
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("a port nobody listens on accepted a connection")


def test_a_server_that_does_not_answer_is_lost() -> None:
    exc = refused()
    assert is_connection_lost(exc)
    assert is_connection_lost(exc.orig)  # the driver's own error too
    try:
        raise RuntimeError("a wrapper") from exc
    except RuntimeError as wrapper:
        assert is_connection_lost(wrapper)


def test_the_sentence_names_the_server_when_it_is_known() -> None:
    exc = refused()
    named = lost_connection_error(exc, "postgresql+psycopg://ann:secret@db.example:5433/crm")
    assert named is not None and named.code == Code.SERVER_LOST.key
    assert named.message == (
        "The database server db.example:5433 cannot be reached, so nothing was saved; check "
        "that it is running and try again."
    )
    assert "secret" not in named.message
    unnamed = lost_connection_error(exc)
    assert unnamed is not None and unnamed.code == Code.CONNECTION_LOST.key


def test_sqlite_errors_and_other_errors_are_not_lost_connections(tmp_path: Path) -> None:
    path = tmp_path / "not-a-base.sqlite3"
    path.write_bytes(b"this is not a database file" * 100)
    engine = create_engine(f"sqlite:///{path}")
    with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM clients")
    engine.dispose()
    assert not is_connection_lost(caught.value)
    assert lost_connection_error(caught.value) is None
    assert not is_connection_lost(NotFound(Code.CLIENT_GONE, client_id=1))
    assert not is_connection_lost(ValueError("connection refused"))  # not the driver's


def test_a_sentence_that_already_says_so_is_kept() -> None:
    unreachable = DatabaseError(Code.SERVER_UNREACHABLE, server="db.example:5432")
    assert is_connection_lost(unreachable)
    assert lost_connection_error(unreachable, "postgresql://x@y/z") is unreachable
    assert isinstance(unreachable, CrmError)
