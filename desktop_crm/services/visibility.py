"""Who sees which client (IMP-13): the one rule every read and write service filters by.

An administrator sees every client; anyone else sees clients outside any queue and those of
the queues they are a member of. A client the viewer may not see is "not found", in the
same sentence as a missing id, so nobody learns that it exists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, true
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, PermissionDenied
from desktop_crm.models import Client, Queue, User
from desktop_crm.models.people import queue_members
from desktop_crm.services.access import Permission, has_permission, require

BATCH = 500


def sees_all(viewer: User) -> bool:
    """True when no queue hides anything from `viewer` (administrators)."""
    return has_permission(viewer, Permission.ADMIN)


def my_queues(viewer: User) -> Select[tuple[int]]:
    return select(queue_members.c.queue_id).where(queue_members.c.user_id == viewer.id)


def queue_rule(viewer_id: int, queue_column: Any) -> ColumnElement[bool]:
    """The rule itself, for a user known by id who is not an administrator: no queue, or a
    queue they are a member of. `queue_column` is any column holding a client's queue."""
    mine = select(queue_members.c.queue_id).where(queue_members.c.user_id == viewer_id)
    return or_(queue_column.is_(None), queue_column.in_(mine))


def visible_queue(viewer: User, queue_column: Any) -> ColumnElement[bool]:
    """The rule on any column holding a client's queue (a table alias, a joined column)."""
    return true() if sees_all(viewer) else queue_rule(viewer.id, queue_column)


def client_ids_seen_by(viewer_id: int) -> Select[tuple[int]]:
    """The ids of the clients a non-administrator known by id may see."""
    return select(Client.id).where(queue_rule(viewer_id, Client.queue_id))


def visible_clients(viewer: User) -> ColumnElement[bool]:
    """A WHERE condition on `Client`: the clients `viewer` may see."""
    return visible_queue(viewer, Client.queue_id)


def visible_client_ids(viewer: User) -> Select[tuple[int]]:
    """The ids of the clients `viewer` may see, for `x.client_id.in_(...)`."""
    return select(Client.id).where(visible_clients(viewer))


def visible_or_none(viewer: User, client_column: Any) -> ColumnElement[bool]:
    """A row hanging off an optional client: kept when it has none or a visible one."""
    if sees_all(viewer):
        return true()
    return or_(client_column.is_(None), client_column.in_(visible_client_ids(viewer)))


def can_see(session: Session, viewer: User, client_id: int) -> bool:
    """True when client `client_id` exists and `viewer` may see it."""
    found = select(Client.id).where(Client.id == client_id, visible_clients(viewer))
    return session.scalar(found) is not None


def require_visible(
    session: Session, viewer: User, client_id: int | None, permission: Permission | None = None
) -> None:
    """Raise unless `viewer` is active, holds `permission` (if given) and may see client
    `client_id`; a hidden client is reported exactly like a missing one."""
    if permission is not None:
        require(viewer, permission)
    elif not viewer.is_active:
        raise PermissionDenied(Code.ACCOUNT_DISABLED, login=viewer.login)
    if client_id is None or not can_see(session, viewer, client_id):
        raise NotFound(Code.CLIENT_MISSING, client_id=client_id)


def only_visible(session: Session, viewer: User, client_ids: Iterable[int]) -> list[int]:
    """The ids among `client_ids` that `viewer` may see, in their order (for bulk changes)."""
    ids = list(dict.fromkeys(client_ids))
    if sees_all(viewer):
        return ids
    seen: set[int] = set()
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        seen.update(
            session.scalars(select(Client.id).where(Client.id.in_(batch), visible_clients(viewer)))
        )
    return [i for i in ids if i in seen]


def require_queue_allowed(session: Session, viewer: User, queue_id: int | None) -> None:
    """Refuse putting a client into a queue `viewer` is not a member of (it would vanish
    from their own view; only administrators move clients between foreign queues)."""
    if queue_id is None or sees_all(viewer):
        return
    member = session.scalar(my_queues(viewer).where(queue_members.c.queue_id == queue_id))
    if member is None:
        queue = session.get(Queue, queue_id)
        raise PermissionDenied(
            Code.QUEUE_NOT_MEMBER,
            name=viewer.full_name,
            login=viewer.login,
            queue=queue.name if queue else queue_id,
        )
