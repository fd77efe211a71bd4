"""The rows of one demo batch, by table, and the ids of what they point at (see rows.py for
the batch-local keys)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoReferences:
    """Ids of the rows demo clients point at, made (or found) before the fill starts."""

    managers: dict[str, tuple[int, ...]]  # country -> manager user ids
    manager_names: dict[int, str]
    tag_ids: tuple[int, ...]
    group_ids: dict[tuple[str, str], int]  # (country, folder name) -> group id
    scenario_id: int
    author_id: int | None = None  # who "created" the demo clients
    sort_language: str = "en"  # the base's: the language of the clients' sort keys


@dataclass
class Batch:
    """Rows of one batch, by table. See the module docstring for the batch-local keys."""

    companies: list[Row] = field(default_factory=list)
    persons: list[Row] = field(default_factory=list)
    contact_persons: list[Row] = field(default_factory=list)
    contact_points: list[Row] = field(default_factory=list)
    client_tags: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    deals: list[Row] = field(default_factory=list)
    interactions: list[Row] = field(default_factory=list)
    parties: list[Row] = field(default_factory=list)
    change_log: list[Row] = field(default_factory=list)
    # batch index of a client -> its primary contact points (not inserted; for interactions)
    primary: dict[int, list[Row]] = field(default_factory=dict)
