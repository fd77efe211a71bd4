"""The calls and emails journal (LNK-1, issue 12 item 8): every interaction, newest first,
filtered by link state, kind, direction, period, user and a search over addresses, numbers and
subjects. Paged by a key (time, id), so the journal of a million interactions opens at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop_crm.models import Client, ContactPerson, Interaction, User
from desktop_crm.models.interactions import InteractionParty
from desktop_crm.models.people import queue_members
from desktop_crm.services.access import Permission, has_permission
from desktop_crm.services.phones import digits, format_phone

ALL, LINKED, UNLINKED, AMBIGUOUS = "all", "linked", "unlinked", "ambiguous"
LINK_STATES = (ALL, LINKED, UNLINKED, AMBIGUOUS)


@dataclass(frozen=True)
class InteractionFilter:
    """What the journal shows. Times are naive UTC; `user_id` is who registered or imported."""

    link: str = ALL
    kind: str | None = None
    direction: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    user_id: int | None = None
    search: str = ""
    client_id: int | None = None
    viewer_id: int | None = None  # hide cards in queues this user is not in (None: see all)


@dataclass(frozen=True)
class PartyView:
    role: str
    kind: str
    value: str  # as the source wrote it
    normalized: str | None

    def shown(self) -> str:
        """A number as the card shows numbers (+7 916 123-45-67), anything else as written."""
        if self.kind == "phone" and self.normalized and self.normalized.startswith("+"):
            return format_phone(self.normalized)
        return self.value


@dataclass(frozen=True)
class InteractionRow:
    """One line of the journal."""

    id: int
    kind: str
    direction: str
    occurred_at: datetime
    subject: str | None
    duration_seconds: int | None
    missed: bool
    client_id: int | None
    client_name: str | None
    contact_person_id: int | None
    person_name: str | None
    link_method: str | None
    ambiguous: bool
    registered_by: str | None
    parties: tuple[PartyView, ...] = ()

    def counterparts(self) -> str:
        """The other side's addresses or numbers, as one line (numbers formatted)."""
        roles = ("from",) if self.direction == "in" else ("to", "cc")
        shown = [p.shown() for p in self.parties if p.role in roles]
        return ", ".join(shown or [p.shown() for p in self.parties])

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "direction": self.direction,
            "occurred_at": self.occurred_at.isoformat(),
            "subject": self.subject,
            "parties": [
                {"role": p.role, "kind": p.kind, "value": p.value, "normalized": p.normalized}
                for p in self.parties
            ],
            "client_id": self.client_id,
            "contact_person_id": self.contact_person_id,
            "link_method": self.link_method,
        }


def viewer_of(user: User) -> int | None:
    """The `viewer_id` a user's journal is filtered by: None for an admin (every queue)."""
    return None if has_permission(user, Permission.ADMIN) else user.id


def ambiguous_clause() -> ColumnElement[bool]:
    """Linked by the job with other cards matching too (JSON null and [] are no candidates)."""
    as_text = cast(Interaction.link_candidates, String)
    return and_(Interaction.link_candidates.is_not(None), as_text.not_in(("null", "[]")))


def _linked() -> ColumnElement[bool]:
    return or_(Interaction.client_id.is_not(None), Interaction.contact_person_id.is_not(None))


def _search(text: str) -> ColumnElement[bool] | None:
    """A subject containing the words, or a party whose address or number contains them (a
    number found by its digits whatever the formatting)."""
    words = text.strip()
    if not words:
        return None
    party = aliased(InteractionParty)
    values = [party.raw.ilike(f"%{words}%"), party.normalized.ilike(f"%{words.lower()}%")]
    number = digits(words)
    if len(number) >= 3 and len(number) * 2 >= len(words.replace(" ", "")):
        values.append(party.normalized.like(f"%{number}%"))
    return or_(
        Interaction.subject.ilike(f"%{words}%"),
        exists().where(party.interaction_id == Interaction.id, or_(*values)),
    )


def conditions(f: InteractionFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if f.link == LINKED:
        found.append(_linked())
    elif f.link == UNLINKED:
        found.append(~_linked())
    elif f.link == AMBIGUOUS:
        found.append(ambiguous_clause())
    if f.kind:
        found.append(Interaction.kind == f.kind)
    if f.direction:
        found.append(Interaction.direction == f.direction)
    if f.since is not None:
        found.append(Interaction.occurred_at >= f.since)
    if f.until is not None:
        found.append(Interaction.occurred_at < f.until)
    if f.user_id is not None:
        found.append(Interaction.registered_by_id == f.user_id)
    if f.client_id is not None:
        persons = select(ContactPerson.id).where(ContactPerson.client_id == f.client_id)
        found.append(
            or_(
                Interaction.client_id == f.client_id,
                Interaction.contact_person_id.in_(persons),
            )
        )
    if f.viewer_id is not None:
        mine = select(queue_members.c.queue_id).where(queue_members.c.user_id == f.viewer_id)
        hidden = select(Client.id).where(Client.queue_id.is_not(None), Client.queue_id.not_in(mine))
        found.append(or_(Interaction.client_id.is_(None), Interaction.client_id.not_in(hidden)))
    searched = _search(f.search)
    if searched is not None:
        found.append(searched)
    return found


def list_interactions(
    session: Session,
    f: InteractionFilter,
    *,
    before: InteractionRow | None = None,
    limit: int = 200,
) -> list[InteractionRow]:
    """Up to `limit` interactions matching `f`, newest first; the next page starts after
    `before` (the last row received)."""
    person = aliased(ContactPerson)
    stmt = (
        select(
            Interaction.id,
            Interaction.kind,
            Interaction.direction,
            Interaction.occurred_at,
            Interaction.subject,
            Interaction.duration_seconds,
            Interaction.missed,
            Interaction.client_id,
            Client.full_name,
            Interaction.contact_person_id,
            person.full_name,
            Interaction.link_method,
            ambiguous_clause(),
            User.full_name,
        )
        .outerjoin(Client, Client.id == Interaction.client_id)
        .outerjoin(person, person.id == Interaction.contact_person_id)
        .outerjoin(User, User.id == Interaction.registered_by_id)
        .where(*conditions(f))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(max(1, limit))
    )
    if before is not None:
        at = Interaction.occurred_at
        stmt = stmt.where(
            or_(at < before.occurred_at, and_(at == before.occurred_at, Interaction.id < before.id))
        )
    rows = session.execute(stmt).all()
    parties = parties_of(session, [row[0] for row in rows])
    return [_row(row, tuple(parties[row[0]])) for row in rows]


def _row(row: Any, parties: tuple[PartyView, ...]) -> InteractionRow:
    return InteractionRow(
        id=row[0],
        kind=row[1],
        direction=row[2],
        occurred_at=row[3],
        subject=row[4],
        duration_seconds=row[5],
        missed=bool(row[6]),
        client_id=row[7],
        client_name=row[8],
        contact_person_id=row[9],
        person_name=row[10],
        link_method=row[11],
        ambiguous=bool(row[12]),
        registered_by=row[13],
        parties=parties,
    )


def count_interactions(session: Session, f: InteractionFilter) -> int:
    stmt = select(func.count(Interaction.id)).where(*conditions(f))
    return int(session.scalar(stmt) or 0)


def parties_of(session: Session, ids: Sequence[int]) -> dict[int, list[PartyView]]:
    """The parties of these interactions: from first, then to, then cc."""
    found: dict[int, list[PartyView]] = defaultdict(list)
    if not ids:
        return found
    order = {"from": 0, "to": 1, "cc": 2}
    party = InteractionParty
    rows = session.execute(
        select(party.interaction_id, party.role, party.kind, party.raw, party.normalized)
        .where(party.interaction_id.in_(ids))
        .order_by(party.interaction_id, party.id)
    )
    for interaction_id, role, kind, raw, normalized in rows:
        found[interaction_id].append(PartyView(role, kind, raw, normalized))
    for views in found.values():
        views.sort(key=lambda p: order.get(p.role, 3))
    return found
