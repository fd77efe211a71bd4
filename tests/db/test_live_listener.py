"""Live updates without a window (STO-7): a listener learns of a second connection's commits,
on PostgreSQL with the client, the kind of change, the login and the time; on SQLite that
something changed."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop_crm.db import Database
from desktop_crm.models import User
from desktop_crm.services.live import ChangeEvent, open_listener
from desktop_crm.services.live.pg_listener import APPLICATION_NAME, PgListener, connect_args
from tests.live_support import COLLEAGUE, colleague_desktop, rename, wait_for, write_note


def test_a_second_connections_save_is_seen(
    database: Database, database_url: str, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = add_client("Anna Smirnova")
    listener = open_listener(database, admin.login)
    try:
        with colleague_desktop(database_url) as other:
            rename(other, client_id, "Anna Smirnova-Volkova")
            change, _delay = wait_for(listener, lambda c: c.touches(client_id))
    finally:
        listener.close()
    assert change is not None
    if database.dialect == "postgresql":  # the trigger says what, who and when
        assert change.kind == "client" and change.op == "update"
        assert change.client_ids == frozenset({client_id})
        assert change.login == COLLEAGUE
        assert change.at is not None
        assert abs(change.at - datetime.now(UTC)) < timedelta(minutes=1)
    else:
        assert change.many  # data_version names no client


def test_a_note_is_a_change_of_its_client(
    database: Database, database_url: str, admin: User, add_client: Callable[..., int]
) -> None:
    client_id = add_client("Boris Orlov")
    other_id = add_client("Vera Orlova")
    listener = open_listener(database, admin.login)
    try:
        with colleague_desktop(database_url) as other:
            write_note(other, client_id, "Called back about the invoice")
            change, _delay = wait_for(listener, lambda c: c.touches(client_id))
    finally:
        listener.close()
    assert change is not None
    if database.dialect == "postgresql":
        assert (change.kind, change.op) == ("note", "insert")
        assert not change.touches(other_id)
        assert not change.changes_fields  # the card's fields stay as they are


def test_own_changes(database: Database, admin: User, add_client: Callable[..., int]) -> None:
    """PostgreSQL skips this application's own commits by their server process; SQLite's
    data_version cannot tell them apart and reports them as one unknown change."""
    client_id = add_client("Galina Petrova")
    listener = open_listener(database, admin.login)
    try:
        with database.transaction() as session:
            session.execute(
                text("UPDATE clients SET address = 'Tver' WHERE id = :i"), {"i": client_id}
            )
        time.sleep(1.0)
        events = listener.poll()
    finally:
        listener.close()
    if database.dialect == "postgresql":
        assert events == []
    else:
        assert events == [ChangeEvent()]


def test_a_statement_over_many_clients_sends_one_notice(
    database: Database, database_url: str, admin: User, add_client: Callable[..., int]
) -> None:
    for n in range(120):
        add_client(f"Client {n:03}")
    listener = open_listener(database, admin.login)
    try:
        with colleague_desktop(database_url) as other, other.transaction() as session:
            session.execute(text("UPDATE clients SET address = 'Moscow'"))
        time.sleep(1.0)
        events = listener.poll()
    finally:
        listener.close()
    assert len(events) == 1
    assert events[0].many
    if database.dialect == "postgresql":
        assert (events[0].kind, events[0].op) == ("client", "update")


def test_the_listener_comes_back_after_its_connection_dropped(
    database: Database, database_url: str, add_client: Callable[..., int]
) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite has no server connection to lose")
    client_id = add_client("Dmitry Sokolov")
    listener = PgListener(connect_args(database.engine), retry_seconds=0.2)
    try:
        assert listener.listening.wait(5)
        with database.engine.begin() as conn:  # the server ends the listening backend
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    f" WHERE application_name = '{APPLICATION_NAME}'"
                    " AND datname = current_database()"
                )
            )
        missed, _ = wait_for(listener, lambda c: c.many, timeout=5)
        assert missed is not None  # back, it says changes may have been missed meanwhile
        with colleague_desktop(database_url) as other:
            rename(other, client_id, "Dmitry Sokolov Jr.")
            change, _ = wait_for(listener, lambda c: c.touches(client_id) and not c.many)
    finally:
        listener.close()
    assert change is not None and change.kind == "client"


def test_a_queue_channel_outlives_its_emptied_key(
    database: Database, database_url: str, admin: User, add_client: Callable[..., int]
) -> None:
    if database.dialect != "postgresql":
        pytest.skip("only PostgreSQL announces changes by queue")
    client_id = add_client("Galina Petrova")
    with database.engine.begin() as conn:  # a base restored without it, emptied tables
        conn.execute(text("DELETE FROM live_channel_key"))
        queue_id = conn.execute(text("INSERT INTO queues (name) VALUES ('East') RETURNING id"))
        conn.execute(
            text("UPDATE clients SET queue_id = :q WHERE id = :c"),
            {"q": queue_id.scalar_one(), "c": client_id},
        )
    listener = open_listener(database, admin.login)
    try:
        assert listener.listening.wait(5)
        with colleague_desktop(database_url) as other:
            rename(other, client_id, "Galina Petrova-Lis")
            change, _delay = wait_for(listener, lambda c: c.touches(client_id))
    finally:
        listener.close()
    assert change is not None and change.client_ids == frozenset({client_id})
    with database.engine.connect() as conn:
        secret = conn.execute(text("SELECT secret FROM live_channel_key")).scalar_one()
    assert len(secret) == 64  # a new secret, made when the channel was first named
