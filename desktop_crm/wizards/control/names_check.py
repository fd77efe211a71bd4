"""Full-name control (CTL-6): the clients who are people, and the contact persons, whose full
name is set while the last, first and middle name are all empty, each with the split the
wizard proposes (`services.name_split`) and whether it is sure.

The base is searched by two set-based queries (the same predicates the tasks' done-ness uses,
`completeness.client_has("names")` / `person_has("names")`); the splitter then runs in Python
over the rows found only, read in chunks. A name that is a company's ("ООО Ромашка" filed as a
person) is not a person's to split: it is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from desktop_crm.models import Client, ContactPerson, User
from desktop_crm.models.clients import PERSON
from desktop_crm.services.access import Permission, require
from desktop_crm.services.completeness import client_has, filled, person_has
from desktop_crm.services.name_split import NameSplit, propose_split
from desktop_crm.wizards.control.records import FoundRecord

MISSING = "names"
CHUNK = 5000  # rows read from the database at a time
SPLITS_REMEMBERED = 20_000  # names repeat in real bases; memory stays flat


def find_names(
    session: Session, user: User, client_filter: ColumnElement[bool] | None = None
) -> list[FoundRecord]:
    """Every client and contact person whose name parts are empty, with the proposed split in
    `details` ({"proposed": [last, first, middle], "sure": bool, "reason", "full_name"}).
    `client_filter` narrows the clients (and whose persons) searched. Admin only."""
    require(user, Permission.CONTROL)
    return list(iter_names(session, client_filter))


def is_sure(record: FoundRecord) -> bool:
    """The record's proposed split is sure: the apply writes it, no task is needed."""
    return bool((record.details or {}).get("sure"))


def iter_names(
    session: Session, client_filter: ColumnElement[bool] | None = None
) -> Iterator[FoundRecord]:
    """The records of `find_names`, clients first, streamed in chunks of `CHUNK` rows."""
    split = lru_cache(maxsize=SPLITS_REMEMBERED)(propose_split)
    for client_id, full_name, owner in _stream(session, _clients(client_filter)):
        record = _record(split(full_name), full_name, client_id, None, owner)
        if record is not None:
            yield record
    for person_id, client_id, full_name, owner in _stream(session, _persons(client_filter)):
        record = _record(split(full_name), full_name, client_id, person_id, owner)
        if record is not None:
            yield record


def _clients(client_filter: ColumnElement[bool] | None) -> Select[Any]:
    query = (
        select(Client.id, Client.full_name, Client.responsible_id)
        .where(Client.kind == PERSON, filled(Client.full_name), ~client_has(MISSING))
        .order_by(Client.id)
    )
    return query if client_filter is None else query.where(client_filter)


def _persons(client_filter: ColumnElement[bool] | None) -> Select[Any]:
    query = (
        select(ContactPerson.id, ContactPerson.client_id, ContactPerson.full_name)
        .add_columns(Client.responsible_id)
        .join(Client, Client.id == ContactPerson.client_id)
        .where(filled(ContactPerson.full_name), ~person_has(MISSING))
        .order_by(ContactPerson.id)
    )
    return query if client_filter is None else query.where(client_filter)


def _stream(session: Session, query: Select[Any]) -> Iterator[Any]:
    result = session.execute(query.execution_options(yield_per=CHUNK))
    for partition in result.partitions():
        yield from partition


def _record(
    split: NameSplit, full_name: str, client_id: int, person_id: int | None, owner: int | None
) -> FoundRecord | None:
    if split.company:
        return None
    details = {
        "proposed": list(split.parts),
        "sure": split.sure,
        "reason": split.reason,
        "full_name": full_name,
    }
    return FoundRecord(
        missing=MISSING,
        keep_with=client_id,
        client_id=client_id,
        contact_person_id=person_id,
        owner_id=owner,
        details=details,
    )
