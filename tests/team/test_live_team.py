"""Live updates on a team base (STO-7 with STO-5): the listener signs in with the user's own
password, and a change is signed with the login of the connection that made it, whatever that
connection claims in the application's `crm.login` setting. A manager hears of the clients of
their own queues and of none other (IMP-13), not even with their own psycopg."""

from __future__ import annotations

import time

import psycopg
import pytest
from queue_base import Cli, Queues
from team_support import TeamBase

from desktop_crm.db import open_database
from desktop_crm.services.live import ChangeEvent, Listener, open_listener
from desktop_crm.services.live.events import MEMBERSHIP
from tests.live_support import wait_for

NEW_CLIENT = (
    "INSERT INTO clients (kind, stage, full_name, name_key, sort_key, created_at, updated_at,"
    " version) VALUES ('person', 'client', 'Zoya Lebedeva', 'zoya lebedeva', '', now(), now(),"
    " 1) RETURNING id"
)


def test_a_change_on_a_team_base_is_signed_with_the_connections_own_login(
    team_base: TeamBase,
) -> None:
    database = open_database(team_base.admin_url)
    listener = open_listener(database, team_base.admin)
    try:
        assert listener.listening.wait(10)  # a notice sent before LISTEN reaches nobody
        with team_base.connect(team_base.admin, team_base.admin_password) as other:
            other.execute("SELECT set_config('crm.login', 'somebody_else', false)")
            row = other.execute(NEW_CLIENT).fetchone()
        assert row is not None
        client_id = int(str(row[0]))
        change, _ = wait_for(listener, lambda c: c.touches(client_id))
    finally:
        listener.close()
        database.dispose()
    assert change is not None
    assert (change.kind, change.op, change.login) == ("client", "insert", team_base.admin)


RENAME = "UPDATE clients SET full_name = full_name || '.' WHERE id = %s"


def _heard(listener: Listener, seconds: float) -> list[ChangeEvent]:
    """Every event `listener` reports within `seconds`."""
    heard: list[ChangeEvent] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        heard += listener.poll()
        time.sleep(0.02)
    return heard


def test_a_manager_hears_of_the_clients_they_see_and_of_no_other(queues: Queues) -> None:
    q = queues
    database = open_database(q.base.url(q.manager, q.password))
    listener = open_listener(database, q.manager)
    try:
        assert listener.listening.wait(10)
        with q.base.connect(q.base.admin, q.base.admin_password) as admin:
            for client_id in (q.south, q.north, q.free):
                admin.execute(RENAME, (client_id,))
                admin.commit()
        heard = _heard(listener, 1.5)
    finally:
        listener.close()
        database.dispose()
    named = set().union(*(e.client_ids for e in heard if e.client_ids is not None))
    assert named == {q.north, q.free}
    assert all(not e.many for e in heard)  # nothing "may have changed" stood in for South


def test_a_managers_own_psycopg_cannot_name_another_queues_channel(queues: Queues) -> None:
    q = queues
    with q.base.connect(q.manager, q.password) as conn:
        mine = [row[0] for row in conn.execute("SELECT crm_my_channels()").fetchall()]
        assert len(mine) == 1  # North's
        for statement in ("SELECT secret FROM live_channel_key", "SELECT crm_queue_channel(1)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
        conn.execute("LISTEN crm_changes")
        conn.commit()
        with q.base.connect(q.base.admin, q.base.admin_password) as admin:
            channels = [row[0] for row in admin.execute("SELECT crm_my_channels()").fetchall()]
            admin.execute(RENAME, (q.south,))
        assert len(channels) == 2 and mine[0] in channels  # an admin hears both queues
        payloads = [n.payload for n in conn.notifies(timeout=1.5)]
    assert not any(str(q.south) in p for p in payloads), payloads


def test_a_manager_added_to_a_queue_hears_it_from_then_on(queues: Queues, cli: Cli) -> None:
    q = queues
    database = open_database(q.base.url(q.manager, q.password))
    listener = open_listener(database, q.manager)
    try:
        assert listener.listening.wait(10)
        admin_url = q.base.admin_url
        assert cli("--db", admin_url, "queues", "members", "South", "--add", q.manager)[0] == 0
        membership, _ = wait_for(listener, lambda c: c.kind == MEMBERSHIP)
        assert membership is not None and not membership.touches(q.south)  # cards stay as are
        with q.base.connect(q.base.admin, q.base.admin_password) as admin:
            admin.execute(RENAME, (q.south,))
        change, _ = wait_for(listener, lambda c: c.touches(q.south))
    finally:
        listener.close()
        database.dispose()
    assert change is not None and change.client_ids == {q.south}
