"""Every reference to a card, and what a merge does with it (tests check that every foreign key
to clients.id in the models is listed here).

- MOVED: rows re-pointed to the surviving card, remembered by id for the undo;
- contact points move too, except exact duplicates of a point the survivor has (dropped);
- tag links and custom values are merged as sets (custom values by the field choice rule);
- import rows are detached: an import's undo deletes the cards it created, and must not delete
  the survivor because one of the merged cards came from that import.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table

MOVED: tuple[tuple[str, str], ...] = (
    ("notes", "client_id"),
    ("attachments", "client_id"),
    ("deals", "client_id"),
    ("interactions", "client_id"),
    ("contact_persons", "client_id"),
    ("tasks", "client_id"),
    ("task_items", "client_id"),
    ("change_log", "client_id"),
    ("clients", "company_id"),
)
POINTS = ("contact_points", "client_id")
TAGS = ("client_tags", "client_id")
CUSTOM = ("custom_field_values", "client_id")
DETACHED = ("import_rows", "client_id")

HANDLED = frozenset({*MOVED, POINTS, TAGS, CUSTOM, DETACHED})


def kept_stamps(table: Table) -> dict[str, Any]:
    """Columns a Core UPDATE would stamp by themselves (`onupdate`), set to their own value:
    moving a row to another card is not an edit of the row."""
    return {c.name: c for c in table.columns if c.onupdate is not None}
