"""A colleague's desktop for the live-update tests: a second `Database` on the same base, whose
commits the first one must learn of, and a user of its own to sign them."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.db import Database, open_database
from desktop_crm.models import User
from desktop_crm.services.access import ADMIN_ROLE, role_by_name
from desktop_crm.services.client_values import ClientData
from desktop_crm.services.clients import get_client, update_client
from desktop_crm.services.live import ChangeEvent, Listener, open_listener
from desktop_crm.services.notes import add_note

COLLEAGUE = "olga"
COLLEAGUE_NAME = "Olga Petrova"


def add_colleague(database: Database) -> None:
    with database.transaction() as session:
        if session.scalar(select(User).where(User.login == COLLEAGUE)) is None:
            role = role_by_name(session, ADMIN_ROLE)
            session.add(User(login=COLLEAGUE, full_name=COLLEAGUE_NAME, role=role))


@contextmanager
def colleague_desktop(url: str) -> Iterator[Database]:
    """The colleague's desktop: its own engine, and its own listener running as the window's
    would (on PostgreSQL that signs its changes with the colleague's login)."""
    other = open_database(url)
    add_colleague(other)
    listener = open_listener(other, COLLEAGUE)
    try:
        yield other
    finally:
        listener.close()
        other.dispose()


def rename(database: Database, client_id: int, name: str) -> None:
    """The colleague saves a new name on the client's card."""
    with database.transaction() as session:
        user = colleague(session)
        client = get_client(session, client_id, user)
        data = ClientData.from_client(client)
        data.full_name = name
        update_client(session, user, client_id, data, client.version)


def write_note(database: Database, client_id: int, text: str) -> None:
    with database.transaction() as session:
        add_note(session, colleague(session), client_id, text)


def wait_for(
    listener: Listener, wanted: Callable[[ChangeEvent], bool], timeout: float = 3.0
) -> tuple[ChangeEvent | None, float]:
    """The first event `wanted` accepts and the seconds it took; (None, timeout) if none came."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        for change in listener.poll():
            if wanted(change):
                return change, time.perf_counter() - start
        time.sleep(0.01)
    return None, timeout


def colleague(session: Session) -> User:
    user = session.scalar(select(User).where(User.login == COLLEAGUE))
    assert user is not None
    return user
