"""Rows kept in a merge's undo data: JSON-safe (dates as ISO text, bytes as base64), read back
by column type."""

from __future__ import annotations

import base64
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
    if isinstance(value, bytes):  # a name's sort key
        return base64.b64encode(value).decode("ascii")
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
            elif kind is bytes:
                value = base64.b64decode(value)
            elif kind is date:
                value = date.fromisoformat(value)
        row[column.name] = value
    return row


def _python_type(column_type: Any) -> type | None:
    try:
        return column_type.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def renumbered(data: dict[str, Any], numbers: Mapping[int, int]) -> dict[str, Any]:
    """A merge's undo data with the merged cards' old numbers replaced by `numbers` (the cards
    that came back under a new number)."""
    if not numbers:
        return data

    def card(client_id: Any) -> Any:
        return numbers.get(client_id, client_id)

    return {
        **data,
        "custom": [[card(cid), fid, value] for cid, fid, value in data["custom"]],
        "tags": [[card(cid), tid] for cid, tid in data["tags"]],
        "points": [[pid, card(cid), *rest] for pid, cid, *rest in data["points"]],
        "dropped_points": [
            {**row, "client_id": card(row["client_id"])} for row in data["dropped_points"]
        ],
        "moved": {
            key: [[row_id, card(old)] for row_id, old in pairs]
            for key, pairs in data["moved"].items()
        },
        "detached": [[row_id, card(old)] for row_id, old in data["detached"]],
    }
