"""Finding existing clients by phone, email or name: the one matching service shared by the
import engine (in batches) and the new-client dialog (while typing)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ContactPoint
from desktop_crm.models.clients import EMAIL, PHONE
from desktop_crm.services.emails import try_normalize_email
from desktop_crm.services.names import name_key
from desktop_crm.services.phones import try_normalize_phone

# Keys per IN (...) query: well under SQLite's variable limit, large enough to be fast.
BATCH = 2000


def _batches(values: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for value in dict.fromkeys(values):  # unique, order kept
        batch.append(value)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def clients_by_contact(
    session: Session, kind: str, normalized: Iterable[str]
) -> dict[str, list[int]]:
    """{normalized value: [client ids, oldest first]} for clients holding that phone/email."""
    found: dict[str, list[int]] = defaultdict(list)
    for batch in _batches(normalized):
        rows = session.execute(
            select(ContactPoint.normalized, ContactPoint.client_id)
            .where(
                ContactPoint.kind == kind,
                ContactPoint.normalized.in_(batch),
                ContactPoint.client_id.is_not(None),
            )
            .order_by(ContactPoint.client_id)
        )
        for value, client_id in rows:
            if client_id not in found[value]:
                found[value].append(client_id)
    return dict(found)


def clients_by_name(session: Session, name_keys: Iterable[str]) -> dict[str, list[int]]:
    """{name key: [client ids, oldest first]}."""
    found: dict[str, list[int]] = defaultdict(list)
    for batch in _batches(name_keys):
        rows = session.execute(
            select(Client.name_key, Client.id).where(Client.name_key.in_(batch)).order_by(Client.id)
        )
        for key, client_id in rows:
            found[key].append(client_id)
    return dict(found)


@dataclass(frozen=True)
class PossibleDuplicate:
    client_id: int
    full_name: str
    matched_on: str  # phone | email | name
    value: str


def possible_duplicates(
    session: Session,
    *,
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
    full_name: str | None = None,
    region: str = "RU",
    exclude_id: int | None = None,
    limit: int = 20,
) -> list[PossibleDuplicate]:
    """Existing clients that share a phone, an email or the name with what is being typed.
    Raw input is accepted; values that do not normalize are ignored."""
    hits: list[tuple[int, str, str]] = []
    wanted_phones = [p for p in (try_normalize_phone(r, region) for r in phones) if p]
    wanted_emails = [e for e in (try_normalize_email(r) for r in emails) if e]
    for value, ids in clients_by_contact(session, PHONE, wanted_phones).items():
        hits += [(i, "phone", value) for i in ids]
    for value, ids in clients_by_contact(session, EMAIL, wanted_emails).items():
        hits += [(i, "email", value) for i in ids]
    if full_name and name_key(full_name):
        for value, ids in clients_by_name(session, [name_key(full_name)]).items():
            hits += [(i, "name", value) for i in ids]
    seen: dict[int, tuple[str, str]] = {}
    for client_id, matched_on, value in hits:
        if client_id != exclude_id and client_id not in seen:
            seen[client_id] = (matched_on, value)
    ids = list(seen)[:limit]
    names = dict(
        session.execute(select(Client.id, Client.full_name).where(Client.id.in_(ids)))
        .tuples()
        .all()
    )
    return [PossibleDuplicate(i, names[i], *seen[i]) for i in ids if i in names]
