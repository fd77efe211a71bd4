"""The rows of a check's query that lack some of the chosen keys, each with the keys it lacks.

"any" keeps a row that lacks at least one key ("partially"), "all" one that lacks every key
("fully"). The predicates say what is there (`services.completeness`); the database tests
them, Python only joins the keys of the rows it gets back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_
from sqlalchemy.orm import Session

ANY, ALL = "any", "all"
MISSING_MODES = (ANY, ALL)


def rows_lacking(
    session: Session,
    statement: Select[Any],
    kinds: tuple[str, ...],
    has: list[ColumnElement[bool]],
    mode: str,
) -> list[tuple[Any, ...]]:
    """The rows of `statement` lacking the kinds, each ending with its `missing` keys."""
    lacking = [~h for h in has]
    connection = session.connection()  # Core: the ORM adds only time to plain rows
    if mode == ALL or len(kinds) == 1:
        # every row found lacks every kind: nothing to tell apart per row
        missing = ",".join(kinds)
        rows = connection.execute(statement.where(and_(*lacking)))
        return [(*row, missing) for row in rows]
    flagged = statement.add_columns(*(h.label(f"has_{i}") for i, h in enumerate(has)))
    width = len(kinds)
    result = []
    for row in connection.execute(flagged.where(or_(*lacking))):
        flags = row[-width:]
        lacked = ",".join(k for k, there in zip(kinds, flags, strict=True) if not there)
        result.append((*row[:-width], lacked))
    return result
