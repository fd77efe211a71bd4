"""What the client list's filters offer: users, tags, groups and queues by label."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import Queue, Tag, User
from desktop_crm.services.groups import group_tree


@dataclass(frozen=True)
class FilterChoices:
    """What the list's filters offer, as (id, label) pairs in display order."""

    users: tuple[tuple[int, str], ...] = ()
    tags: tuple[tuple[int, str], ...] = ()
    groups: tuple[tuple[int, str], ...] = ()  # label: "Parent/Child"
    queues: tuple[tuple[int, str], ...] = ()


def filter_choices(session: Session) -> FilterChoices:
    users = session.execute(
        select(User.id, User.full_name).where(User.is_active).order_by(User.full_name)
    ).tuples()
    tags = session.execute(select(Tag.id, Tag.name).order_by(Tag.name_key)).tuples()
    queues = session.execute(select(Queue.id, Queue.name).order_by(Queue.name)).tuples()
    groups: list[tuple[int, str]] = []

    def walk(nodes: Sequence[Any]) -> None:
        for node in nodes:
            groups.append((node.id, node.path))
            walk(node.children)

    walk(group_tree(session))
    return FilterChoices(
        users=tuple(users), tags=tuple(tags), groups=tuple(groups), queues=tuple(queues)
    )
