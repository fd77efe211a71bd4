"""What the rows stage gives the stages after it: a row's values for a card (`RowData`), or
the reason it cannot be imported (`RowError`, turned into a `RowFailure`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_crm.wizards.importing.sources.base import Cell


class RowError(Exception):
    def __init__(self, reason: str, detail: str, column: int | None = None, key: str | None = None):
        super().__init__(detail)
        self.reason, self.detail, self.column, self.key = reason, detail, column, key


@dataclass(slots=True)
class RowData:
    """A normalized input row, ready to be matched and written."""

    number: int
    raw: list[Cell]
    kind: str = "person"
    values: dict[str, Any] = field(default_factory=dict)  # client columns -> new value
    # (typed value, E.164); E.164 "" for a value kept as typed that is not a number
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)  # (typed value, lower-cased)
    tags: list[str] = field(default_factory=list)
    company: str | None = None
    group: str | None = None
    manager: str | None = None
    note: str | None = None
    deal: dict[str, Any] | None = None
    custom: dict[str, str | None] = field(default_factory=dict)  # custom key -> stored text
    warnings: list[str] = field(default_factory=list)
    fallback_name: str | None = None  # the name of a new card when the row gives none
    kind_given: bool = False
    kept_column: int | None = None  # the first cell of a value kept as typed (see PHONE_KEPT)

    @property
    def full_name(self) -> str:
        return self.values.get("full_name") or self.fallback_name or ""
