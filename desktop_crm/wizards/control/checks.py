"""A check as the window's wizard runs it: the check object (what to look for) to a `CheckRun`
(what was found), and the found records as rows a person reads (names, not ids).

Names are read by key in chunks after the check, so the check's own query stays the bare
set-based one the benchmark measures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Protocol

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import Client, ContactPerson, Interaction, InteractionParty, User
from desktop_crm.services.access import Permission, require
from desktop_crm.wizards.control import (
    contact_info,
    duplicates,
    names_check,
    properties,
    registration,
)
from desktop_crm.wizards.control.filters import ClientFilter, client_conditions
from desktop_crm.wizards.control.records import FoundRecord
from desktop_crm.wizards.control.runner import CheckRun

CHUNK = 500  # ids an IN list


class Check(Protocol):
    """What every check object has: its task kind and title, and what its tasks record."""

    KIND: ClassVar[str]
    TITLE: ClassVar[str]

    def task_params(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class NamesCheck:
    """Full-name control (CTL-6) over the clients of `filter` and their persons: each record
    holds the proposed split (`names_check`); the sure ones can be applied in one step."""

    KIND: ClassVar[str] = names_check.MISSING
    TITLE: ClassVar[str] = "Full-name control"

    filter: ClientFilter = field(default_factory=ClientFilter)

    def task_params(self) -> dict[str, Any]:
        return {"check": self.KIND, "filter": self.filter.as_params()}


def find_names(session: Session, check: NamesCheck) -> list[FoundRecord]:
    conditions = client_conditions(session, check.filter)
    return list(names_check.iter_names(session, and_(*conditions) if conditions else None))


@dataclass(frozen=True)
class DuplicatesCheck:
    """Duplicates in the base (CTL-8): cards sharing any of the `by` keys (phone, email,
    name; a name only with the same birth date when `birth_date`). A record a group."""

    KIND: ClassVar[str] = "duplicates"
    TITLE: ClassVar[str] = "Duplicates in the base"

    by: tuple[str, ...] = duplicates.BY_KEYS
    birth_date: bool = False

    def __post_init__(self) -> None:
        if not self.by:
            raise ValidationError(Code.NOTHING_CHOSEN, field="by")

    def task_params(self) -> dict[str, Any]:
        return {"check": self.KIND, "by": list(self.by), "birth_date": self.birth_date}


def find_duplicates(session: Session, actor: User, check: DuplicatesCheck) -> list[FoundRecord]:
    groups = duplicates.find_duplicates(session, actor, check.by, birth_date=check.birth_date)
    return duplicates.to_records(groups)


def _plain(find: Callable[[Session, Any], list[FoundRecord]]) -> Finder:
    return lambda session, _actor, check: find(session, check)


Finder = Callable[[Session, User, Any], list[FoundRecord]]
FINDERS: dict[type, Finder] = {
    contact_info.ContactInfoCheck: _plain(contact_info.find),
    properties.PropertiesCheck: _plain(properties.find),
    registration.RegistrationCheck: _plain(registration.find),
    NamesCheck: _plain(find_names),
    DuplicatesCheck: find_duplicates,
}


def run_check(session: Session, actor: User, check: Check) -> CheckRun:
    """What `check` finds over the whole base (admins only)."""
    require(actor, Permission.CONTROL)
    records = FINDERS[type(check)](session, actor, check)
    return CheckRun(check.KIND, check.TITLE, check.task_params(), records)


@dataclass(frozen=True, slots=True)
class ResultRow:
    """A found record in words: the client and the contact person (or the call or email), what
    it lacks (`missing` keys, worded by the window) and who it belongs to."""

    client_id: int | None
    client: str
    person: str
    missing: str
    responsible: str
    interaction_kind: str = ""  # "call" / "email" for the registration check
    direction: str = ""
    occurred_at: datetime | None = None
    party: str = ""  # the number or address on the other side
    proposed: tuple[str, str, str] | None = None  # the names check's split: last, first, middle
    sure: bool = False
    cards: tuple[int, ...] = ()  # a group of duplicates: its cards, the oldest first
    card_names: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()  # what they share: "phone", "email", "name"


def result_rows(session: Session, records: Sequence[FoundRecord]) -> list[ResultRow]:
    """The rows of `records`, in their order."""
    groups = [tuple((r.details or {}).get("client_ids") or ()) for r in records]
    clients = _by_id(session, Client, [*(r.client_id for r in records), *_flat(groups)])
    persons = _by_id(session, ContactPerson, (r.contact_person_id for r in records))
    users = _by_id(session, User, (r.owner_id for r in records))
    calls = _interactions(session, [r.interaction_id for r in records if r.interaction_id])
    rows = []
    for r, cards in zip(records, groups, strict=True):
        call = calls.get(r.interaction_id or 0)
        split = (r.details or {}).get("proposed") if r.missing == names_check.MISSING else None
        rows.append(
            ResultRow(
                client_id=r.client_id,
                client=clients.get(r.client_id or 0, ""),
                person=persons.get(r.contact_person_id or 0, ""),
                missing=r.missing,
                responsible=users.get(r.owner_id or 0, ""),
                interaction_kind=call[0] if call else "",
                direction=call[1] if call else "",
                occurred_at=call[2] if call else None,
                party=call[3] if call else "",
                proposed=tuple(part or "" for part in split) if split else None,  # type: ignore[arg-type]
                sure=names_check.is_sure(r),
                cards=cards,
                card_names=tuple(clients.get(card, "") for card in cards),
                shared=tuple((r.details or {}).get("by") or ()) if cards else (),
            )
        )
    return rows


def _flat(groups: Iterable[tuple[int, ...]]) -> Iterator[int]:
    for group in groups:
        yield from group


def _chunks(ids: Iterable[int | None]) -> Iterator[list[int]]:
    wanted = sorted({i for i in ids if i})
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start : start + CHUNK]


def _by_id(
    session: Session, model: type[Client] | type[ContactPerson] | type[User], ids: Iterable[Any]
) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(ids):
        query = select(model.id, model.full_name).where(model.id.in_(chunk))
        names.update(session.execute(query).tuples().all())
    return names


def _interactions(session: Session, ids: list[int]) -> dict[int, tuple[str, str, datetime, str]]:
    """Kind, direction, time and the other side's first number or address, by id."""
    found: dict[int, tuple[str, str, datetime, str]] = {}
    i, p = Interaction, InteractionParty
    for chunk in _chunks(ids):
        query = select(i.id, i.kind, i.direction, i.occurred_at).where(i.id.in_(chunk))
        for row_id, kind, direction, occurred in session.execute(query).tuples():
            found[row_id] = (kind, direction, occurred, "")
        role = {"in": "from", "out": "to"}
        parties = select(p.interaction_id, p.role, p.raw).where(p.interaction_id.in_(chunk))
        for row_id, party_role, raw in session.execute(parties.order_by(p.id)).tuples():
            kind, direction, occurred, party = found[row_id]
            if not party and party_role == role.get(direction):
                found[row_id] = (kind, direction, occurred, raw)
    return found
