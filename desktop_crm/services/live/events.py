"""What a listener reports: one change of the base, as precise as the backend can say."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

# the kinds PostgreSQL's triggers name (revision 0010); `ANY` when the backend cannot say
ANY = "any"
FIELD_KINDS = frozenset({"client", "contact_person", "contact_point", "custom_field", "tag"})
DELETE = "delete"
MEMBERSHIP = "membership"  # queues or their members changed (`channels.py`)


@dataclass(frozen=True)
class ChangeEvent:
    """Clients changed on another connection. `client_ids` None: many clients, or unknown
    which (SQLite says only that something was committed; an import touches thousands)."""

    kind: str = ANY
    op: str = ""
    client_ids: frozenset[int] | None = None
    login: str | None = None
    at: datetime | None = None

    @property
    def many(self) -> bool:
        return self.client_ids is None

    def touches(self, client_id: int) -> bool:
        """Whether this change may concern `client_id` (a change of queues or of their
        members concerns which clients a list holds, not an open card)."""
        if self.kind == MEMBERSHIP:
            return False
        return self.client_ids is None or client_id in self.client_ids

    @property
    def changes_fields(self) -> bool:
        """Whether a card's own fields may differ now (not only its feed and tabs)."""
        return self.kind == ANY or self.kind in FIELD_KINDS

    @property
    def changes_rows(self) -> bool:
        """Whether the list's set of rows may differ (clients added or removed)."""
        return self.many or (self.kind == "client" and self.op != "update")


def parse_notice(payload: str) -> ChangeEvent | None:
    """The event of one `crm_changes` notice; None for a payload this version cannot read."""
    try:
        data = json.loads(payload)
        ids = data.get("ids")
        at = data.get("at")
        return ChangeEvent(
            kind=str(data["kind"]),
            op=str(data.get("op", "")),
            client_ids=None if ids is None else frozenset(int(i) for i in ids),
            login=data.get("login"),
            at=None if at is None else datetime.fromtimestamp(float(at), UTC),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a newer application's notice: never break the listener over it
