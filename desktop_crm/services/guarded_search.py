"""A manager's text search on a team base, through the row-level security helpers
(`services/team/row_functions.py`): under RLS the planner may not use the trigram indexes for a
manager's LIKE, so these statements ask the helpers, which run the LIKE on the indexes and keep
only what the connection's own login may see. Admins, and every other base, search the tables
directly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Select, String, TableValuedAlias, bindparam, column, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from desktop_crm.models import Client, table_of


def guarded(session: Session, sees_all: bool) -> bool:
    """True when a search of this viewer must go through the helpers."""
    if sees_all or session.get_bind().dialect.name != "postgresql":
        return False
    from desktop_crm.services.team.setup import is_team_base  # team bases only: not at start

    return is_team_base(session)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    return f"%{_escaped(text)}%"


def prefix_pattern(text: str) -> str:
    return f"{_escaped(text)}%"


def _ids_of(helper: str, patterns: list[str], cap: int | None) -> Select[Any]:
    array = bindparam(f"{helper}_patterns", patterns, type_=ARRAY(String), unique=True)
    most = bindparam(f"{helper}_cap", cap, type_=Integer, unique=True)
    found = getattr(func.public, helper)(func.current_user(), array, most).table_valued("id")
    return select(found.c.id)


def name_match_ids(patterns: list[str], cap: int | None = None) -> Select[Any]:
    """Ids of the visible clients whose folded name matches every LIKE pattern (the first
    `cap` of them when given)."""
    return _ids_of("crm_name_matches", patterns, cap)


def name_match_rows(patterns: list[str]) -> TableValuedAlias:
    """The rows (every column of `clients`) of the visible clients whose folded name matches
    every LIKE pattern, to be ordered and cut by the caller."""
    array = bindparam("crm_name_rows_patterns", patterns, type_=ARRAY(String), unique=True)
    columns = [column(c.name, c.type) for c in table_of(Client).columns]
    return func.public.crm_name_rows(func.current_user(), array).table_valued(*columns)


def contact_match_ids(patterns: list[str], cap: int | None = None) -> Select[Any]:
    """Ids of the visible clients holding a phone or email (or whose contact person holds
    one) that matches any of the LIKE patterns (the first `cap` of them when given)."""
    return _ids_of("crm_contact_matches", patterns, cap)


def held_ids(ids: list[int]) -> Select[Any]:
    """The ids a helper returned before, as a statement (asked once, used again)."""
    return select(
        func.unnest(bindparam("held", ids, type_=ARRAY(Integer), unique=True)).column_valued("id")
    )
