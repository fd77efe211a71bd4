"""What the task use cases hand up: plain frozen rows, safe to send across threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

OPEN, DONE, CANCELLED = "open", "done", "cancelled"  # Task.status
MANUAL = "manual"  # Task.kind of a task a person wrote; the others come from control checks


@dataclass(frozen=True)
class TaskSummary:
    """One task as lists show it: who does it by when, and how far it is."""

    id: int
    title: str
    kind: str
    status: str
    executor: str | None  # login
    executor_name: str | None
    due: date | None
    items: int
    done: int
    overdue: bool  # open and its due date has passed
    client_id: int | None = None
    description: str | None = None
    created_at: datetime | None = None
    closed_at: datetime | None = None

    @property
    def percent(self) -> int:
        """Share of items done, rounded down (99% until the last one is done); a task without
        items is 0% open and 100% closed."""
        if self.items:
            return self.done * 100 // self.items
        return 100 if self.status == DONE else 0

    @property
    def closable(self) -> bool:
        """Open, and a manual task or one whose every item is done."""
        return self.status == OPEN and (self.kind == MANUAL or self.done == self.items)


@dataclass(frozen=True)
class ItemRow:
    """One record a task asks to fix: whose card, what it lacks, and whether it is there now."""

    id: int
    client_id: int | None
    contact_person_id: int | None
    interaction_id: int | None
    client_name: str | None
    person_name: str | None
    missing: tuple[str, ...]  # the keys of `completeness` ("phone", "field:address", ...)
    done: bool
    interaction_kind: str | None = None  # call | email
    interaction_at: datetime | None = None
    interaction_subject: str | None = None
    # a full-name item: the split the check proposed (last, first, middle), for the manager
    proposed: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The person and their company, the client, or the call or email."""
        if self.person_name:
            if self.client_name:
                return f"{self.person_name} ({self.client_name})"
            return self.person_name
        if self.client_name:
            return self.client_name
        if self.interaction_kind:
            when = self.interaction_at.strftime("%d.%m.%Y %H:%M") if self.interaction_at else ""
            return " ".join(p for p in (self.interaction_kind, when, self.interaction_subject) if p)
        return ""
