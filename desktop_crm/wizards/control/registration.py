"""Registration control (CTL-4): calls and emails registered with no client and no contact
person. Each goes back to the user who registered it; its item is done once it names one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop_crm.errors import Code, ValidationError
from desktop_crm.models import Interaction
from desktop_crm.models.interactions import CALL, EMAIL_MESSAGE, INCOMING, OUTGOING
from desktop_crm.services.completeness import interaction_linked
from desktop_crm.wizards.control.records import FoundRecord

DIRECTIONS = (INCOMING, OUTGOING)
INTERACTION_KINDS = (CALL, EMAIL_MESSAGE)
MISSING = "client"


@dataclass(frozen=True)
class RegistrationCheck:
    """Which calls and emails: those of a period (UTC days, both included), a direction and
    a kind; None is any."""

    KIND: ClassVar[str] = "registration"
    TITLE: ClassVar[str] = "Registration"

    occurred_from: date | None = None
    occurred_to: date | None = None
    direction: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if self.direction is not None and self.direction not in DIRECTIONS:
            raise ValidationError(Code.DIRECTION_UNKNOWN, field="direction", value=self.direction)
        if self.kind is not None and self.kind not in INTERACTION_KINDS:
            raise ValidationError(Code.INTERACTION_KIND_UNKNOWN, field="kind", value=self.kind)
        start, end = self.occurred_from, self.occurred_to
        if start is not None and end is not None and start > end:
            raise ValidationError(Code.PERIOD_REVERSED, field="period", start=start, end=end)

    def task_params(self) -> dict[str, Any]:
        chosen = {k: str(v) if isinstance(v, date) else v for k, v in vars(self).items() if v}
        return {"check": self.KIND, "missing": "any", "filter": chosen}

    def conditions(self) -> list[ColumnElement[bool]]:
        i = Interaction
        found = [~interaction_linked()]
        if self.occurred_from is not None:
            found.append(i.occurred_at >= datetime.combine(self.occurred_from, time()))
        if self.occurred_to is not None:
            end = datetime.combine(self.occurred_to + timedelta(days=1), time())
            found.append(i.occurred_at < end)
        if self.direction is not None:
            found.append(i.direction == self.direction)
        if self.kind is not None:
            found.append(i.kind == self.kind)
        return found


def find(session: Session, check: RegistrationCheck) -> list[FoundRecord]:
    """Every call and email of the check's filter that names neither a client nor a person."""
    statement = select(Interaction.id, Interaction.registered_by_id).where(*check.conditions())
    rows = session.connection().execute(statement)
    # no client to keep them with: each call or email stands alone
    return [
        FoundRecord(
            MISSING, keep_with=interaction_id, interaction_id=interaction_id, owner_id=owner
        )
        for interaction_id, owner in rows
    ]
