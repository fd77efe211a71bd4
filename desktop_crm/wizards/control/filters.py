"""Which clients a control check looks at (CTL-1, CTL-5): the client list's filters (stage,
group with its subgroups, tag, responsible, queue) plus the period the card was created in.
The conditions come from the list's own (`services.search_statements.filter_conditions`), so a
check and the list agree on what a filter means."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Table
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import Client, table_of
from desktop_crm.models.clients import CLIENT, LEAD
from desktop_crm.services.groups import group_subtree
from desktop_crm.services.search_query import ClientQuery
from desktop_crm.services.search_statements import filter_conditions

CLIENTS: Table = table_of(Client)


@dataclass(frozen=True)
class ClientFilter:
    """A check's filter on clients; None is "any", `NONE_ID` (0) "not set" (no group, nobody
    responsible, no queue), as in the list. Dates are whole days, both included."""

    stage: str | None = None
    group_id: int | None = None  # the group and its subgroups
    tag_id: int | None = None
    responsible_id: int | None = None
    queue_id: int | None = None
    created_from: date | None = None
    created_to: date | None = None

    def __post_init__(self) -> None:
        if self.stage is not None and self.stage not in (LEAD, CLIENT):
            raise ValidationError(Code.STAGE_UNKNOWN, field="stage", stage=self.stage)
        start, end = self.created_from, self.created_to
        if start is not None and end is not None and start > end:
            raise ValidationError(Code.PERIOD_REVERSED, field="created", start=start, end=end)

    @property
    def empty(self) -> bool:
        return self == ClientFilter()

    def as_params(self) -> dict[str, Any]:
        """What the task records of its filter (JSON-ready; unset parts left out)."""
        chosen = {k: v for k, v in vars(self).items() if v is not None}
        return {k: str(v) if isinstance(v, date) else v for k, v in chosen.items()}


def client_conditions(
    session: Session, flt: ClientFilter, clients: Any = CLIENTS
) -> list[ColumnElement[bool]]:
    """WHERE conditions on `clients` (the clients table or an alias of it, in the query's
    FROM) that keep the clients `flt` asks for."""
    query = ClientQuery(
        tag_ids=(flt.tag_id,) if flt.tag_id is not None else (),
        group_id=flt.group_id,
        responsible_id=flt.responsible_id,
        stage=flt.stage,
        queue_id=flt.queue_id,
    )
    groups = group_subtree(session, flt.group_id) if flt.group_id else ()
    conditions = filter_conditions(query, clients, groups)
    # created_at is stored in UTC; a day is taken as a UTC day
    if flt.created_from is not None:
        conditions.append(clients.c.created_at >= datetime.combine(flt.created_from, time()))
    if flt.created_to is not None:
        end = datetime.combine(flt.created_to + timedelta(days=1), time())
        conditions.append(clients.c.created_at < end)
    return conditions
