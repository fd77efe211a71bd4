"""Queues (IMP-13): clients put in a queue are seen only by its members. An admin adds, renames
and deletes queues and chooses their members; the window's Settings and the CLI call these."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Client, Queue, User
from desktop_crm.services.access import Permission, require
from desktop_crm.services.users import user_by_login

MAX_NAME_LENGTH = 128


@dataclass(frozen=True)
class QueueInfo:
    """A queue as Settings lists it: its members' logins and how many clients it holds."""

    id: int
    name: str
    members: tuple[str, ...]
    clients: int


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(Code.QUEUE_NAME_EMPTY, field="queue", value=name)
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            Code.QUEUE_NAME_TOO_LONG, field="queue", value=name, max_length=MAX_NAME_LENGTH
        )
    return cleaned


def queue_by_name(session: Session, name: str) -> Queue:
    wanted = " ".join(name.split()).casefold()
    for queue in session.scalars(select(Queue)):
        if queue.name.casefold() == wanted:
            return queue
    raise NotFound(Code.QUEUE_UNKNOWN, name=name)


def _refuse_taken(session: Session, name: str, own_id: int | None = None) -> None:
    try:
        other = queue_by_name(session, name)
    except NotFound:
        return
    if other.id != own_id:
        raise ValidationError(Code.QUEUE_EXISTS, field="queue", name=other.name)


def list_queues(session: Session) -> list[QueueInfo]:
    counts = dict(
        session.execute(
            select(Client.queue_id, func.count())
            .where(Client.queue_id.is_not(None))
            .group_by(Client.queue_id)
        )
        .tuples()
        .all()
    )
    queues = session.scalars(select(Queue).order_by(Queue.name)).all()
    return [
        QueueInfo(q.id, q.name, tuple(sorted(u.login for u in q.members)), int(counts.get(q.id, 0)))
        for q in queues
    ]


def add_queue(session: Session, actor: User, name: str) -> Queue:
    require(actor, Permission.ADMIN)
    name = _clean_name(name)
    _refuse_taken(session, name)
    queue = Queue(name=name)
    session.add(queue)
    session.flush()
    return queue


def rename_queue(session: Session, actor: User, name: str, new_name: str) -> Queue:
    require(actor, Permission.ADMIN)
    queue = queue_by_name(session, name)
    new_name = _clean_name(new_name)
    _refuse_taken(session, new_name, queue.id)
    queue.name = new_name
    session.flush()
    return queue


def delete_queue(session: Session, actor: User, name: str) -> int:
    """Delete a queue; its clients stay, seen by everybody again. Returns their number."""
    require(actor, Permission.ADMIN)
    queue = queue_by_name(session, name)
    clients = session.scalar(select(func.count()).where(Client.queue_id == queue.id)) or 0
    session.delete(queue)
    session.flush()
    return int(clients)


def set_member(session: Session, actor: User, name: str, login: str, member: bool) -> bool:
    """Add `login` to the queue (or take them out); False when nothing changed."""
    require(actor, Permission.ADMIN)
    queue = queue_by_name(session, name)
    user = user_by_login(session, login)
    if (user in queue.members) == member:
        return False
    if member:
        queue.members.append(user)
    else:
        queue.members.remove(user)
    session.flush()
    return True
