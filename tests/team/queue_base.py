"""A team base with two queues and a manager in one of them (`queues`), for the tests of what
a manager may see: through the application, plain psycopg, and live-update notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import pytest
from team_support import TeamBase, unique_login

from desktop_crm.db import open_database
from desktop_crm.services.access import current_user
from desktop_crm.services.clients import ClientData, create_client
from desktop_crm.services.contact_points import ContactValue
from desktop_crm.services.queues import queue_by_name

Cli = Callable[..., tuple[int, str, str]]
Conn = psycopg.Connection[tuple[object, ...]]


@dataclass
class Queues:
    """A team base with queues North and South, a manager in North only, and a client in
    each queue and one in none; the South client has a note, a call with its party, a deal."""

    base: TeamBase
    manager: str
    password: str
    north: int
    south: int
    free: int


def _client(session, admin, name: str, queue: str | None, phone: str, email: str) -> int:  # type: ignore[no-untyped-def]
    data = ClientData(
        full_name=name,
        queue_id=queue_by_name(session, queue).id if queue else None,
        phones=[ContactValue(phone, is_primary=True)],
        emails=[ContactValue(email, is_primary=True)],
    )
    return create_client(session, admin, data).id


@pytest.fixture
def queues(team_base: TeamBase, cli: Cli) -> Queues:
    admin_url = team_base.admin_url
    manager = unique_login("sever")
    assert (
        cli("--db", admin_url, "users", "add", manager, "--name", "Севернова", stdin="M-pw\n")[0]
        == 0
    )
    for name in ("North", "South"):
        assert cli("--db", admin_url, "queues", "add", name)[0] == 0
    assert cli("--db", admin_url, "queues", "members", "North", "--add", manager)[0] == 0
    database = open_database(admin_url)
    with database.transaction() as session:
        admin = current_user(session, team_base.admin)
        ids = [
            _client(session, admin, "Северов Пётр", "North", "+79120000001", "north@example.com"),
            _client(session, admin, "Южный Иван", "South", "+79120000002", "south@example.com"),
            _client(session, admin, "Общий Олег", None, "+79120000003", "free@example.com"),
        ]
    database.dispose()
    with team_base.connect(team_base.admin, team_base.admin_password) as conn:
        south = ids[1]
        conn.execute(
            "INSERT INTO notes (client_id, created_at, text) VALUES (%s, now(), 'secret')", (south,)
        )
        call = conn.execute(
            "INSERT INTO interactions (kind, direction, occurred_at, subject, client_id,"
            " created_at) VALUES ('call', 'in', now(), 'south call', %s, now()) RETURNING id",
            (south,),
        ).fetchone()
        assert call is not None
        conn.execute(
            "INSERT INTO interaction_parties (interaction_id, role, kind, raw, normalized)"
            " VALUES (%s, 'from', 'phone', '+79120000002', '+79120000002')",
            (call[0],),
        )
        conn.execute(
            "INSERT INTO deals (client_id, topic, date, status, stage, created_at)"
            " VALUES (%s, 'big deal', current_date, 'open', 'new', now())",
            (south,),
        )
    return Queues(team_base, manager, "M-pw", *ids)
