"""Cards side by side, for the merge dialog (CTL-8): each field's shown value on each card, the
fields a merge chooses first, then what is merged whole (phones, emails, tags) and how many
notes, deals, files... each card has."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.fields import CUSTOM_PREFIX, label
from desktop_crm.models import (
    Attachment,
    ContactPerson,
    CustomField,
    Deal,
    Interaction,
    Note,
    Task,
    User,
)
from desktop_crm.services import clients
from desktop_crm.services.access import require_client
from desktop_crm.services.merging.choices import CARD_COLUMNS

# the change log's names of the fields whose key differs from the card field's
SNAPSHOT_KEYS = {"manager": "responsible"}
MERGED_WHOLE = ("phones", "emails", "tags")
Counted = type[Note] | type[Deal] | type[Attachment] | type[ContactPerson] | type[Interaction]
COUNTED: tuple[tuple[str, Counted | type[Task]], ...] = (
    ("count.notes", Note),
    ("count.deals", Deal),
    ("count.files", Attachment),
    ("count.persons", ContactPerson),
    ("count.interactions", Interaction),
    ("count.tasks", Task),
)
COUNT_LABELS = {
    "count.notes": "Notes",
    "count.deals": "Deals",
    "count.files": "Files",
    "count.persons": "Contact persons",
    "count.interactions": "Calls and emails",
    "count.tasks": "Tasks",
    "queue": "Queue",
}


@dataclass(frozen=True)
class ComparedCard:
    id: int
    title: str
    created_at: datetime


@dataclass(frozen=True)
class ComparedField:
    """A row of the comparison: the field's key, its English label (a custom field's own),
    the shown value on each card ("" when empty), and whether a merge chooses it."""

    key: str
    label: str
    values: tuple[str, ...]
    choosable: bool


@dataclass(frozen=True)
class Comparison:
    cards: tuple[ComparedCard, ...]
    fields: tuple[ComparedField, ...]

    def field(self, key: str) -> ComparedField:
        return next(row for row in self.fields if row.key == key)


def compare_cards(session: Session, user: User, client_ids: Sequence[int]) -> Comparison:
    """The cards `client_ids`, in that order, field by field; each must be one `user` sees."""
    for client_id in client_ids:
        require_client(session, user, client_id)
    cards = [clients.get_client(session, client_id) for client_id in client_ids]
    snaps = [clients._snapshot(session, card) for card in cards]
    custom = session.execute(
        select(CustomField.key, CustomField.label).order_by(CustomField.position, CustomField.id)
    ).all()
    rows: list[ComparedField] = []
    keys = [(key, COUNT_LABELS.get(key) or label(key)) for key in CARD_COLUMNS]
    keys += [(CUSTOM_PREFIX + key, custom_label) for key, custom_label in custom]
    for key, english in keys:
        values = tuple(snap.get(SNAPSHOT_KEYS.get(key, key)) or "" for snap in snaps)
        rows.append(ComparedField(key, english, values, choosable=True))
    for key in MERGED_WHOLE:
        values = tuple(snap.get(key) or "" for snap in snaps)
        rows.append(ComparedField(key, label(key), values, choosable=False))
    for key, model in COUNTED:
        counts = dict(
            session.execute(
                select(model.client_id, func.count())
                .where(model.client_id.in_(client_ids))
                .group_by(model.client_id)
            )
            .tuples()
            .all()
        )
        values = tuple(str(counts.get(card.id, 0)) for card in cards)
        rows.append(ComparedField(key, COUNT_LABELS[key], values, choosable=False))
    headers = tuple(ComparedCard(card.id, card.full_name, card.created_at) for card in cards)
    return Comparison(headers, tuple(rows))


__all__ = ["ComparedCard", "ComparedField", "Comparison", "compare_cards"]
