"""Database objects the migrations create with raw SQL and the models do not describe:
SQLite FTS5 search tables (and the shadow tables FTS5 makes for them) and PostgreSQL trigram
indexes. Autogenerate must not report them as differences; env.py and the schema test pass
`include_name` to Alembic for that.
"""

from __future__ import annotations

from typing import Any

FTS_TABLE_PREFIX = "fts_"
TRIGRAM_INDEXES = frozenset({"ix_clients_name_key_trgm", "ix_contact_points_normalized_trgm"})


def include_name(name: str | None, type_: Any, parent_names: Any) -> bool:
    """Alembic's `include_name` hook: False for the search objects above."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(FTS_TABLE_PREFIX):
        return False
    return not (type_ == "index" and name in TRIGRAM_INDEXES)
