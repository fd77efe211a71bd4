"""A client a batch of rows writes to: a new one (inserted at the end of the batch) or an
existing one (loaded once, changed in memory by each of its rows, written once). Matching
chooses the target of each row, the apply stage changes it, the writer stores it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Client columns an import reads and writes (besides bookkeeping ones).
STATE_COLUMNS = (
    "kind",
    "stage",
    "full_name",
    "name_key",
    "last_name",
    "first_name",
    "middle_name",
    "birth_date",
    "address",
    "website",
    "position",
    "group_id",
    "responsible_id",
    "company_id",
)


@dataclass(slots=True, eq=False)
class Target:
    """Compared by identity: one object per client a batch touches."""

    id: int | None
    new: bool
    values: dict[str, Any] = field(default_factory=dict)
    changed: dict[str, Any] = field(default_factory=dict)
    points: dict[tuple[str, str], bool] = field(default_factory=dict)  # (kind, norm) -> primary
    positions: dict[str, int] = field(default_factory=dict)
    # (kind, value, normalized, is_primary, position)
    new_points: list[tuple[str, str, str, bool, int]] = field(default_factory=list)
    tags: set[int] = field(default_factory=set)
    new_tags: list[int] = field(default_factory=list)
    custom: dict[int, str | None] = field(default_factory=dict)
    custom_insert: dict[int, str | None] = field(default_factory=dict)
    custom_update: dict[int, str | None] = field(default_factory=dict)
    notes: set[str] = field(default_factory=set)
    new_notes: list[str] = field(default_factory=list)
    deal_topics: set[str] = field(default_factory=set)
    new_deals: list[dict[str, Any]] = field(default_factory=list)
    version: int = 1
    touched: bool = False  # an existing client that gets any change at all
    first_row: int = 0

    def has_primary(self, kind: str) -> bool:
        return any(p for (k, _), p in self.points.items() if k == kind)
