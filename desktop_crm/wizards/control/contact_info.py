"""Contact info completeness (CTL-1): clients and their contact persons that lack a phone, an
email, an address or a website. "any" finds a record when some chosen kind is missing
("partially"), "all" when every chosen kind is ("fully"); each record lists what it lacks.

Set-based: one query over the clients and one over the persons, each a scan with an index
probe a kind (`services.completeness` predicates); Python only shapes the rows found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import Client, ContactPerson
from desktop_crm.services.completeness import CONTACT_KINDS, POINT_KINDS, client_has, person_has
from desktop_crm.wizards.control.filters import CLIENTS, ClientFilter, client_conditions
from desktop_crm.wizards.control.lacking import ANY, MISSING_MODES, rows_lacking
from desktop_crm.wizards.control.records import FoundRecord


@dataclass(frozen=True)
class ContactInfoCheck:
    """What to look for: the kinds, "any" or "all" of them missing, and which clients."""

    KIND: ClassVar[str] = "contact_info"
    TITLE: ClassVar[str] = "Contact info"

    kinds: tuple[str, ...]
    missing: str = ANY
    filter: ClientFilter = field(default_factory=ClientFilter)

    def __post_init__(self) -> None:
        if not self.kinds:
            raise ValidationError(Code.NOTHING_CHOSEN, field="kinds")
        for kind in self.kinds:
            if kind not in CONTACT_KINDS:
                known = ", ".join(CONTACT_KINDS)
                raise ValidationError(
                    Code.CONTACT_KIND_UNKNOWN, field="kinds", kind=kind, known=known
                )
        if self.missing not in MISSING_MODES:
            raise ValidationError(Code.MISSING_MODE_UNKNOWN, field="missing", mode=self.missing)
        # one order whatever was typed: the same keys make the same `missing` text
        object.__setattr__(self, "kinds", tuple(k for k in CONTACT_KINDS if k in self.kinds))

    def task_params(self) -> dict[str, Any]:
        return {
            "check": self.KIND,
            "kinds": list(self.kinds),
            "missing": self.missing,
            "filter": self.filter.as_params(),
        }


def find(session: Session, check: ContactInfoCheck) -> list[FoundRecord]:
    """Every client, then every contact person, that lacks what `check` asks for."""
    found = _clients(session, check)
    person_kinds = tuple(k for k in check.kinds if k in POINT_KINDS)  # persons have no card
    if person_kinds:
        found.extend(_persons(session, check, person_kinds))
    return found


def _clients(session: Session, check: ContactInfoCheck) -> list[FoundRecord]:
    has = [client_has(kind, Client) for kind in check.kinds]
    statement = select(Client.id, Client.responsible_id).where(
        *client_conditions(session, check.filter)
    )
    rows = rows_lacking(session, statement, check.kinds, has, check.missing)
    return [
        FoundRecord(missing, keep_with=client_id, client_id=client_id, owner_id=owner)
        for client_id, owner, missing in rows
    ]


def _persons(
    session: Session, check: ContactInfoCheck, kinds: tuple[str, ...]
) -> list[FoundRecord]:
    p, c = ContactPerson, CLIENTS
    has = [person_has(kind, p) for kind in kinds]
    statement = (
        select(p.id, p.client_id, c.c.responsible_id)
        .join_from(p, c, c.c.id == p.client_id)
        .where(*client_conditions(session, check.filter))
    )
    rows = rows_lacking(session, statement, kinds, has, check.missing)
    return [
        FoundRecord(
            missing,
            keep_with=client_id,
            client_id=client_id,
            contact_person_id=person_id,
            owner_id=owner,
        )
        for person_id, client_id, owner, missing in rows
    ]
