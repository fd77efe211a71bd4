"""Each PostgreSQL session asks its server to drop it soon when its desktop vanishes
(`dead_peers.py`); a setting the server refuses (tcp_user_timeout on a Windows server, say)
is skipped and the connection still opens."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import text

from desktop_crm.db import Database
from desktop_crm.dead_peers import watch_client


def shown(connection: psycopg.Connection, name: str) -> str:
    row = connection.execute(f"SHOW {name}").fetchone()
    assert row is not None
    return str(row[0])


def test_the_engines_sessions_ask_the_server_to_watch_their_client(
    backend: str, database: Database
) -> None:
    if backend != "postgresql":
        pytest.skip("a PostgreSQL session's settings")
    with database.engine.connect() as conn:
        settings = dict(
            conn.execute(
                text(
                    "SELECT name, setting FROM pg_settings WHERE name IN ("
                    "'tcp_keepalives_idle', 'tcp_keepalives_interval', 'tcp_keepalives_count',"
                    " 'tcp_user_timeout')"
                )
            ).all()
        )
    # over TCP (the tests' server is 127.0.0.1); a Unix socket would show 0
    assert settings == {
        "tcp_keepalives_idle": "10",
        "tcp_keepalives_interval": "3",
        "tcp_keepalives_count": "3",
        "tcp_user_timeout": "10000",
    }


def test_a_refused_setting_leaves_the_others_and_the_connection(
    backend: str, database: Database
) -> None:
    if backend != "postgresql":
        pytest.skip("a PostgreSQL session's settings")
    url = database.engine.url
    args = url.translate_connect_args(username="user", database="dbname")
    with psycopg.connect(**args) as connection:
        refused = ("tcp_user_timeout", "-5")  # as a server refuses a value it cannot take
        watch_client(connection, (("tcp_keepalives_idle", "11"), refused, ("no_such_setting", "1")))
        assert shown(connection, "tcp_keepalives_idle") == "11"
        assert shown(connection, "tcp_user_timeout") == "0"
        assert connection.execute("SELECT 1").fetchone() == (1,)


def test_a_login_without_plpgsql_still_connects(backend: str, database: Database) -> None:
    if backend != "postgresql":
        pytest.skip("a PostgreSQL session's settings")
    login = f"crm_no_plpgsql_{uuid.uuid4().hex[:8]}"
    url = database.engine.url
    args = url.translate_connect_args(username="user", database="dbname")
    with psycopg.connect(**args, autocommit=True) as owner:
        owner.execute("REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC")  # this database only
        owner.execute(f'CREATE ROLE "{login}" LOGIN')
    try:
        with psycopg.connect(**{**args, "user": login}) as connection:
            watch_client(connection)  # the DO block is refused: the session goes on without
            assert connection.execute("SELECT current_user").fetchone() == (login,)
    finally:
        with psycopg.connect(**args, autocommit=True) as owner:
            owner.execute(f'DROP ROLE "{login}"')
