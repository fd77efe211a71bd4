"""What a check finds: one record to fix, in the shape the distributor and task maker take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class FoundRecord:
    """A client, a contact person or an interaction that lacks something.

    `missing` holds the keys of what it lacks, comma-joined ("phone,email", "field:address",
    "custom:12", "client", "names", "duplicate"); it becomes `TaskItem.missing`, from which
    done-ness is derived later (services/completeness.py). `owner_id` is who the record belongs
    to (the client's responsible manager; for a call or email, the user who registered it):
    distribution "to managers" gives it to them. `keep_with` groups records that must go to one
    executor (a client and its contact persons: the client's id).
    """

    missing: str
    keep_with: int
    client_id: int | None = None
    contact_person_id: int | None = None
    interaction_id: int | None = None
    owner_id: int | None = None
    details: dict[str, Any] | None = None
