"""Duplicates in the base (CTL-8): cards that share a normalized phone, a normalized email or a
folded full name (optionally with the same birth date), grouped.

Set-based: one `GROUP BY key HAVING count > 1` query per kind of key finds the shared keys and
their cards; the pairs are few next to the base, so a union-find in Python joins the cards
linked through any key into groups (A shares a phone with B, B an email with C: one group).

A phone is compared as stored: E.164 with its extension (`+74959833699;ext=12`), so two people
behind one switchboard, with different extensions, are not duplicates. People and companies are
both cards: a person and a company sharing a phone are shown too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ContactPoint, User
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.control.records import FoundRecord

BY_KEYS = ("phone", "email", "name")
DUPLICATE = "duplicate"

Progress = Callable[[int, int], None]  # (steps done, steps in all)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Cards that look like one client: their ids (oldest first), the keys they share as
    (by, value) pairs ("phone", "+79123456789"), and the oldest card's responsible manager."""

    client_ids: tuple[int, ...]
    keys: tuple[tuple[str, str], ...]
    owner_id: int | None = None

    @property
    def by(self) -> list[str]:
        """The kinds of key the group shares, in BY_KEYS order."""
        kinds = {by for by, _ in self.keys}
        return [by for by in BY_KEYS if by in kinds]

    def as_dict(self) -> dict[str, Any]:
        return {
            "client_ids": list(self.client_ids),
            "by": self.by,
            "keys": [{"by": by, "value": value} for by, value in self.keys],
        }


def find_duplicates(
    session: Session,
    user: User,
    by: Iterable[str] = BY_KEYS,
    *,
    birth_date: bool = False,
    progress: Progress | None = None,
) -> list[DuplicateGroup]:
    """Groups of cards sharing any of the `by` keys, ordered by their oldest card.

    With `birth_date`, a shared name counts only when both cards have the same birth date."""
    require(user, Permission.CONTROL)
    kinds = [key for key in BY_KEYS if key in set(by)]
    pairs: list[tuple[str, str, int]] = []
    owners: dict[int, int | None] = {}
    for step, kind in enumerate(kinds):
        for value, client_id, owner_id in _pairs(session, kind, birth_date):
            pairs.append((kind, value, client_id))
            owners[client_id] = owner_id
        if progress is not None:
            progress(step + 1, len(kinds) + 1)
    groups = _group(pairs)
    if progress is not None:
        progress(len(kinds) + 1, len(kinds) + 1)
    return [DuplicateGroup(ids, keys, owners.get(ids[0])) for ids, keys in groups]


def _pairs(session: Session, kind: str, birth_date: bool) -> list[tuple[str, int, int | None]]:
    """(shared value, client id, its responsible) for every card holding a value of this kind
    shared with another card."""
    query = _name_pairs(birth_date) if kind == "name" else _point_pairs(kind)
    rows = session.connection().execute(query)  # Core rows: no ORM loading for plain columns
    return [(value, client_id, owner_id) for value, client_id, owner_id in rows.tuples()]


def _point_pairs(kind: str) -> Select[Any]:
    point = ContactPoint
    shared = (
        select(point.normalized)
        .where(point.kind == kind, point.client_id.is_not(None), point.normalized != "")
        .group_by(point.normalized)
        .having(func.count(func.distinct(point.client_id)) > 1)
        .subquery()
    )
    return (
        select(point.normalized, point.client_id, Client.responsible_id)
        .join(shared, shared.c.normalized == point.normalized)
        .join(Client, Client.id == point.client_id)
        .where(point.kind == kind)
        .distinct()
    )


def _name_pairs(birth_date: bool) -> Select[Any]:
    keys = [Client.name_key, Client.birth_date] if birth_date else [Client.name_key]
    where = [Client.name_key != ""]
    if birth_date:
        where.append(Client.birth_date.is_not(None))
    shared = select(*keys).where(*where).group_by(*keys).having(func.count() > 1).subquery()
    on = [shared.c.name_key == Client.name_key]
    if birth_date:
        on.append(shared.c.birth_date == Client.birth_date)
    return select(Client.name_key, Client.id, Client.responsible_id).join(shared, and_(*on))


def _group(
    pairs: Sequence[tuple[str, str, int]],
) -> list[tuple[tuple[int, ...], tuple[tuple[str, str], ...]]]:
    """Union-find over the cards of each shared key: the groups, each with its keys."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving keeps the trees flat
            node = parent[node]
        return node

    members: dict[tuple[str, str], list[int]] = {}
    for kind, value, client_id in pairs:
        members.setdefault((kind, value), []).append(client_id)
    for ids in members.values():
        first = root(ids[0])
        for other in ids[1:]:
            parent[root(other)] = first
    cards: dict[int, set[int]] = {}
    keys: dict[int, list[tuple[str, str]]] = {}
    for key, ids in members.items():
        top = root(ids[0])
        cards.setdefault(top, set()).update(ids)
        keys.setdefault(top, []).append(key)
    found = [(tuple(sorted(cards[top])), tuple(sorted(keys[top]))) for top in cards]
    return sorted((group for group in found if len(group[0]) > 1), key=lambda g: g[0])


def to_records(groups: Iterable[DuplicateGroup]) -> list[FoundRecord]:
    """One "merge these" record a group, on its oldest card, for the distributor and the task
    maker; the item's details name every card of the group and what they share."""
    return [
        FoundRecord(
            missing=DUPLICATE,
            keep_with=group.client_ids[0],
            client_id=group.client_ids[0],
            owner_id=group.owner_id,
            details={"client_ids": list(group.client_ids), "by": group.by},
        )
        for group in groups
    ]
