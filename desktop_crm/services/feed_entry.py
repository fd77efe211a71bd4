"""One entry of a card's feed and the kinds of entries (see `feed`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

NOTE, CALL, EMAIL, TASK, DEAL, FILE, CHANGE = (
    "note",
    "call",
    "email",
    "task",
    "deal",
    "file",
    "change",
)
# Tie-break among entries of one instant; calls and emails share a table, hence a rank.
RANKS = {NOTE: 6, CALL: 5, EMAIL: 5, TASK: 4, DEAL: 3, FILE: 2, CHANGE: 1}
BODY_PREVIEW = 2000  # characters of an email body shown in the feed


@dataclass(frozen=True)
class FeedEntry:
    """One line of the feed. `kind`: note, call, email, task, deal, file or change.
    `direction` is "in"/"out" for calls and emails, `status` the task or deal status
    ("missed" for an unanswered call), `field` the changed field of a change."""

    kind: str
    id: int
    at: datetime
    text: str | None
    author: str | None
    direction: str | None = None
    status: str | None = None
    field: str | None = None
    subject: str | None = None  # the call's or email's subject, task, deal topic, file name
    number: Decimal | None = None  # call seconds, deal amount, file bytes
    due: date | None = None  # a task's due date
    executor: str | None = None  # who does a task
    person: str | None = None  # the contact person a change or an event is about
    label: str | None = None  # the changed field as a person calls it (custom: its label)
    # a change: the value before and after as the history reads them back (dates and numbers
    # as such, `changelog.typed`)
    old: str | date | Decimal | None = None
    new: str | date | Decimal | None = None
    import_job: int | None = None  # the import (or its undo) that made a change
    import_name: str | None = None
    by_undo: bool = False
    # an import's changes of the card, one entry (see `feed_imports`): each a change entry
    changes: tuple[FeedEntry, ...] = ()

    @property
    def rank(self) -> int:
        return RANKS[self.kind]
