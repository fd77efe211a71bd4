"""Who gets what a check found (CTL-2): each record's responsible manager, or evenly across
picked users or a user group (`UserGroup`, the models' own groups of users: `lookup`).

A plan maps each executor to the records their task will hold, and creates nothing: the window
shows its counts before anything is written, and `--dry-run` prints them. The records of one
client (the same `keep_with`) always go to one executor.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import User
from desktop_crm.wizards.control.records import FoundRecord

MANAGERS, EVEN = "managers", "even"
ASSIGN_MODES = (MANAGERS, EVEN)

Plan = dict[int, list[FoundRecord]]  # executor's user id -> their records


@dataclass(frozen=True)
class Distribution:
    """How to give out the records. "managers": to each record's owner; records without one
    (or whose owner is disabled) go evenly to `user_ids`, or to `fallback_id` (the admin running
    the check) when none are picked. "even": evenly across `user_ids`."""

    mode: str = MANAGERS
    user_ids: tuple[int, ...] = ()
    fallback_id: int | None = None

    def __post_init__(self) -> None:
        if self.mode not in ASSIGN_MODES:
            raise ValidationError(Code.ASSIGN_UNKNOWN, field="assign", mode=self.mode)
        if self.mode == EVEN and not self.user_ids:
            raise ValidationError(Code.NO_EXECUTOR, field="users")


def distribute(session: Session, records: Sequence[FoundRecord], how: Distribution) -> Plan:
    """The plan for `records`: executor id -> records, executors in id order."""
    if how.mode == EVEN:
        plan = spread(_groups(records), how.user_ids)
    else:
        plan = _to_managers(records, _active(session, {r.owner_id for r in records}), how)
    return {executor: plan[executor] for executor in sorted(plan) if plan[executor]}


def counts(plan: Plan) -> dict[int, int]:
    """How many records each executor's task will hold."""
    return {executor: len(records) for executor, records in plan.items()}


def spread(groups: Iterable[list[FoundRecord]], user_ids: Sequence[int]) -> Plan:
    """Groups of records spread so the counts differ by at most one group's size: the largest
    groups first, each to whoever holds the fewest records so far (ties: the order given)."""
    plan: Plan = {user_id: [] for user_id in user_ids}
    if not user_ids:
        return plan
    ordered = sorted(groups, key=len, reverse=True)  # stable: equal sizes keep their order
    loads = [(0, position, user_id) for position, user_id in enumerate(user_ids)]
    heapq.heapify(loads)
    for group in ordered:
        load, position, user_id = loads[0]
        plan[user_id].extend(group)
        heapq.heapreplace(loads, (load + len(group), position, user_id))
    return plan


def _groups(records: Iterable[FoundRecord]) -> list[list[FoundRecord]]:
    """The records by `keep_with`, in the order first seen."""
    by_key: dict[int, list[FoundRecord]] = {}
    for record in records:
        by_key.setdefault(record.keep_with, []).append(record)
    return list(by_key.values())


def _to_managers(records: Sequence[FoundRecord], active: set[int], how: Distribution) -> Plan:
    plan: Plan = {}
    unowned: list[FoundRecord] = []
    for record in records:
        if record.owner_id in active:
            plan.setdefault(record.owner_id, []).append(record)
        else:
            unowned.append(record)
    if not unowned:
        return plan
    takers = how.user_ids or ((how.fallback_id,) if how.fallback_id is not None else ())
    if not takers:
        raise ValidationError(Code.NO_EXECUTOR, field="users")
    for user_id, extra in spread(_groups(unowned), takers).items():
        plan.setdefault(user_id, []).extend(extra)
    return plan


def _active(session: Session, user_ids: set[int | None]) -> set[int]:
    """Which of these users are active (a disabled manager's records count as unowned)."""
    wanted = [user_id for user_id in user_ids if user_id is not None]
    active: set[int] = set()
    for start in range(0, len(wanted), 500):  # bound the IN list
        chunk = wanted[start : start + 500]
        active.update(session.scalars(select(User.id).where(User.id.in_(chunk), User.is_active)))
    return active
