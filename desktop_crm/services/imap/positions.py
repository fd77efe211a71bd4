"""Where each folder's fetch got to (`MailSync`): the folder's UIDVALIDITY and the last UID
stored. Written in the same transaction as the messages it covers, so the base never claims
a message it does not hold."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models.base import utcnow
from desktop_crm.models.interactions import MailSync


@dataclass(frozen=True)
class Position:
    uidvalidity: int
    last_uid: int


def positions(session: Session, account: str) -> dict[str, Position]:
    rows = session.scalars(select(MailSync).where(MailSync.account == account))
    return {row.folder: Position(row.uidvalidity, row.last_uid) for row in rows}


def save_position(session: Session, account: str, folder: str, position: Position) -> None:
    row = session.scalars(
        select(MailSync).where(MailSync.account == account, MailSync.folder == folder)
    ).one_or_none()
    if row is None:
        row = MailSync(account=account, folder=folder)
        session.add(row)
    row.uidvalidity, row.last_uid = position.uidvalidity, position.last_uid
    row.fetched_at = utcnow()


def forget_positions(session: Session, account: str) -> int:
    """Drop every folder's position of `account`; how many there were."""
    rows = session.scalars(select(MailSync).where(MailSync.account == account)).all()
    for row in rows:
        session.delete(row)
    return len(rows)
