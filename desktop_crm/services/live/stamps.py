"""What a card says about a change it did not make: who and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, User


@dataclass(frozen=True)
class ClientStamp:
    """A client's version (it grows with every save of its fields) and its last editor."""

    version: int
    updated_at: datetime
    updated_by: str | None


def client_stamp(session: Session, client_id: int) -> ClientStamp | None:
    """The stamp of `client_id`; None when it is gone."""
    row = session.execute(
        select(Client.version, Client.updated_at, User.full_name)
        .outerjoin(User, User.id == Client.updated_by_id)
        .where(Client.id == client_id)
    ).first()
    return None if row is None else ClientStamp(row[0], row[1], row[2])


def display_name(session: Session, login: str | None) -> str | None:
    """A user's full name for a login a notice named (the login itself if no user has it:
    a database role outside the application, such as an administrator in psql)."""
    if not login:
        return None
    name = session.scalar(select(User.full_name).where(User.login == login))
    return name or login
