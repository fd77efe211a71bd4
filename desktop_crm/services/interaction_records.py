"""What a user does with one call or email: read it, register one by hand (LNK-2), set or
change its card (manual link), and LNK-5 — when the card chosen holds none of the other side's
addresses or numbers, save one to that card or one of its contact persons, which links that
address's unlinked history at once (through `contact_points.sync`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, NotFound, ValidationError
from desktop_crm.models import Client, ContactPerson, ContactPoint, Interaction, User, utcnow
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.models.interactions import InteractionParty
from desktop_crm.services import contact_points as points
from desktop_crm.services.access import Permission, require, require_client
from desktop_crm.services.base_settings import region_or_default
from desktop_crm.services.changelog import PERSON_ENTITY, log_change
from desktop_crm.services.interaction_list import PartyView, parties_of
from desktop_crm.services.interactions.store import (
    InteractionData,
    PartyData,
    store_interactions,
)
from desktop_crm.services.linking import counterpart_roles

MANUAL = "manual"
MAX_DURATION_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class InteractionView:
    """One call or email as the reading dialog shows it."""

    id: int
    kind: str
    direction: str
    occurred_at: datetime
    subject: str | None
    body: str | None
    duration_seconds: int | None
    missed: bool
    attachments: tuple[dict[str, Any], ...]
    parties: tuple[PartyView, ...]
    client_id: int | None
    client_name: str | None
    contact_person_id: int | None
    link_method: str | None
    link_candidates: tuple[dict[str, Any], ...]
    source: str | None
    account: str | None


@dataclass(frozen=True)
class Counterpart:
    """An address or number of the other side."""

    kind: str  # phone | email
    value: str  # as the source wrote it
    normalized: str


@dataclass(frozen=True)
class ManualInteraction:
    """A call or email registered by hand on a card."""

    kind: str
    direction: str
    client_id: int
    occurred_at: datetime  # naive UTC
    subject: str | None = None
    body: str | None = None
    duration_seconds: int | None = None
    contact_person_id: int | None = None
    counterpart: str | None = None  # the other side's number or address, if known


def _interaction(session: Session, interaction_id: int) -> Interaction:
    found = session.get(Interaction, interaction_id)
    if found is None:
        raise NotFound(Code.LINK_INTERACTION_GONE)
    return found


def get_interaction(session: Session, interaction_id: int) -> InteractionView:
    item = _interaction(session, interaction_id)
    client = session.get(Client, item.client_id) if item.client_id else None
    return InteractionView(
        id=item.id,
        kind=item.kind,
        direction=item.direction,
        occurred_at=item.occurred_at,
        subject=item.subject,
        body=item.body,
        duration_seconds=item.duration_seconds,
        missed=bool(item.missed),
        attachments=tuple(item.attachments or ()),
        parties=tuple(parties_of(session, [item.id]).get(item.id, ())),
        client_id=item.client_id,
        client_name=client.full_name if client else None,
        contact_person_id=item.contact_person_id,
        link_method=item.link_method,
        link_candidates=tuple(item.link_candidates or ()),
        source=item.source,
        account=item.account,
    )


def _person_of(session: Session, client_id: int, person_id: int | None) -> ContactPerson | None:
    if person_id is None:
        return None
    person = session.get(ContactPerson, person_id)
    if person is None:
        raise NotFound(Code.PERSON_GONE)
    if person.client_id != client_id:
        raise NotFound(Code.PERSON_NOT_ON_CARD)
    return person


def set_interaction_client(
    session: Session,
    actor: User,
    interaction_id: int,
    client_id: int | None,
    person_id: int | None = None,
) -> None:
    """Link an interaction to a card (and one of its contact persons) by hand, or unlink it
    (`client_id` None); the job never moves a manual link."""
    require(actor, Permission.EDIT_CLIENTS)
    item = _interaction(session, interaction_id)
    if client_id is not None:
        require_client(session, actor, client_id)
        _person_of(session, client_id, person_id)
    item.client_id, item.contact_person_id = client_id, person_id if client_id else None
    item.link_method = MANUAL if client_id else None
    item.linked_at = utcnow() if client_id else None
    item.link_candidates = None
    session.flush()


def counterparts(session: Session, interaction_id: int) -> list[Counterpart]:
    """The other side's phones and emails (normalized, so they can be saved on a card)."""
    item = _interaction(session, interaction_id)
    roles = counterpart_roles(item.direction)
    rows = session.execute(
        select(InteractionParty.kind, InteractionParty.raw, InteractionParty.normalized)
        .where(
            InteractionParty.interaction_id == interaction_id,
            InteractionParty.role.in_(roles),
            InteractionParty.normalized.is_not(None),
        )
        .order_by(InteractionParty.id)
    )
    seen: dict[tuple[str, str], Counterpart] = {}
    for kind, raw, normalized in rows:
        if kind in (PHONE, EMAIL):
            seen.setdefault((kind, normalized), Counterpart(kind, raw, normalized))
    return list(seen.values())


def unheld_counterparts(session: Session, interaction_id: int) -> list[Counterpart]:
    """The counterparts no card holds (LNK-5 offers to save these)."""
    found = counterparts(session, interaction_id)
    return [
        c
        for c in found
        if session.scalar(
            select(ContactPoint.id)
            .where(ContactPoint.kind == c.kind, ContactPoint.normalized == c.normalized)
            .limit(1)
        )
        is None
    ]


def _unlinked_with(session: Session, kind: str, normalized: str) -> int:
    return int(
        session.scalar(
            select(func.count(func.distinct(InteractionParty.interaction_id)))
            .join(Interaction, Interaction.id == InteractionParty.interaction_id)
            .where(
                InteractionParty.kind == kind,
                InteractionParty.normalized == normalized,
                Interaction.client_id.is_(None),
                Interaction.contact_person_id.is_(None),
            )
        )
        or 0
    )


def save_counterpart(
    session: Session,
    actor: User,
    counterpart: Counterpart,
    client_id: int,
    person_id: int | None = None,
) -> int:
    """Add the address or number to the card (or its contact person); its unlinked history
    is linked at once. Returns how many calls and emails that linked."""
    require_client(session, actor, client_id, Permission.EDIT_CLIENTS)
    person = _person_of(session, client_id, person_id)
    owner: Client | ContactPerson | None = person or session.get(Client, client_id)
    if owner is None:
        raise NotFound(Code.CLIENT_MISSING, client_id=client_id)
    kind = counterpart.kind
    before = points.render(owner, kind)
    waiting = _unlinked_with(session, kind, counterpart.normalized)
    values = [*points.values_of(owner, kind), points.ContactValue(counterpart.value)]
    if not points.sync(session, owner, kind, points.prepare(kind, values, _region(session))):
        return 0
    now = utcnow()
    log_change(
        session,
        actor,
        client_id=client_id,
        field=f"{kind}s",
        old=before,
        new=points.render(owner, kind),
        entity=PERSON_ENTITY if person else "client",
        entity_id=person.id if person else None,
        at=now,
    )
    owner.updated_at, owner.updated_by_id = now, actor.id  # bumps the card's version
    session.flush()
    return waiting - _unlinked_with(session, kind, counterpart.normalized)


def _region(session: Session) -> str:
    return region_or_default(session)


def register_interaction(session: Session, actor: User, data: ManualInteraction) -> int:
    """Store a call or email registered by hand, linked to its card; returns its id."""
    require_client(session, actor, data.client_id, Permission.EDIT_CLIENTS)
    _person_of(session, data.client_id, data.contact_person_id)
    seconds = data.duration_seconds
    if seconds is not None and not 0 <= seconds <= MAX_DURATION_SECONDS:
        raise ValidationError(
            Code.LINK_DURATION_RANGE,
            field="duration",
            value=seconds,
            max_seconds=MAX_DURATION_SECONDS,
        )
    parties: tuple[PartyData, ...] = ()
    if data.counterpart and data.counterpart.strip():
        role = "from" if data.direction == "in" else "to"
        parties = (PartyData(role, EMAIL if data.kind == "email" else PHONE, data.counterpart),)
    item = InteractionData(
        kind=data.kind,
        direction=data.direction,
        occurred_at=data.occurred_at,
        external_id=f"manual:{uuid.uuid4().hex}",
        subject=(data.subject or "").strip() or None,
        body=(data.body or "").strip() or None,
        duration_seconds=seconds if data.kind == "call" else None,
        source=MANUAL,
        parties=parties,
        registered_by_id=actor.id,
    )
    new_id = store_interactions(session, [item], actor).stored_ids[0]
    set_interaction_client(session, actor, new_id, data.client_id, data.contact_person_id)
    return new_id


def parse_local_moment(value: str) -> datetime:
    """ "YYYY-MM-DD HH:MM" (or ISO with seconds) in local time, as naive UTC."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError(Code.LINK_AT_INVALID, field="at", value=value) from exc
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the user's local time
    return moment.astimezone(UTC).replace(tzinfo=None)
