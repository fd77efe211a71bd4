"""Rows kept in a merge's undo data: JSON-safe (dates as ISO text), read back by column type."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table


def encode(table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
    """Every column of `row` as a JSON value."""
    return {column.name: _encode(row[column.name]) for column in table.columns}


def _encode(value: Any) -> Any:
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return value


def decode(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """A row `encode` made, with dates and times as Python values again."""
    row: dict[str, Any] = {}
    for column in table.columns:
        value = data.get(column.name)
        if isinstance(value, str):
            kind = _python_type(column.type)
            if kind is datetime:
                value = datetime.fromisoformat(value)
            elif kind is date:
                value = date.fromisoformat(value)
        row[column.name] = value
    return row


def _python_type(column_type: Any) -> type | None:
    try:
        return column_type.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None
