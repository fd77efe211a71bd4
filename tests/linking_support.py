"""Helpers for the linking tests: store calls and emails the way the importers do (rows with
normalized parties), read back where they went."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from desktop_crm.db import Database
from desktop_crm.models import Interaction
from desktop_crm.models.interactions import InteractionParty

_serial = itertools.count(1)


def party(role: str, value: str) -> InteractionParty:
    kind = "email" if "@" in value else "phone"
    return InteractionParty(role=role, kind=kind, raw=value, normalized=value.lower())


def add_interaction(
    database: Database,
    *,
    direction: str = "in",
    kind: str = "email",
    parties: Sequence[tuple[str, str]] = (),
    subject: str | None = "Hello",
    at: datetime | None = None,
    **fields: object,
) -> int:
    """An unlinked interaction with these (role, normalized value) parties; returns its id."""
    with database.transaction() as session:
        item = Interaction(
            kind=kind,
            direction=direction,
            occurred_at=at or datetime(2026, 1, 1, 12, 0),
            subject=subject,
            external_id=f"test-{next(_serial)}-{datetime.now().timestamp()}",
            source="test",
            parties=[party(role, value) for role, value in parties],
            **fields,
        )
        session.add(item)
        session.flush()
        return item.id


def link_of(database: Database, interaction_id: int) -> Interaction:
    """The interaction as stored now (detached)."""
    with database.session() as session:
        found = session.scalars(select(Interaction).where(Interaction.id == interaction_id)).one()
        session.expunge(found)
        return found
